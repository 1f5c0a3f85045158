import type { Kysely } from 'kysely';

/**
 * The tables of the `sdg` schema. None yet: the SDG framework is static reference
 * data served from @msp-atlas/sdg-framework; alignment and coverage tables come later.
 */
export type SdgDatabase = Record<string, never>;

export type Db = Kysely<SdgDatabase>;

export const SCHEMA = 'sdg';
