import type { RecordKind } from '@msp-atlas/record-writer';
import type { PartnershipsDatabase } from '../database.js';
import { SOURCE } from '../events/event-source.js';

/** Partnerships as `@msp-atlas/record-writer` writes them; every change to one goes through it. */
export const PARTNERSHIP_RECORD: RecordKind<PartnershipsDatabase, 'partnerships'> = { recordType: 'Partnership', table: 'partnerships', eventSource: SOURCE };
