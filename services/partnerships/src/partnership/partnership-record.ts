import type { VersionedRecordKind } from '@msp-atlas/record-writer';
import { SOURCE } from '../events/event-source.js';
import type { PartnershipRow } from './partnership.table.js';

/** Partnerships as `@msp-atlas/record-writer` writes them; every change to one goes through it. */
export const PARTNERSHIP_RECORD: VersionedRecordKind<PartnershipRow> = { recordType: 'Partnership', table: 'partnerships', eventSource: SOURCE };
