import type { ColumnType } from 'kysely';
import type { AlignmentReading } from './alignment-reading.js';

/** The last SdgAlignmentChanged this service appended per partnership; kept across replays. */
export interface PublishedAlignmentTable {
  partnership_id: string;
  version: number;
  reading: ColumnType<AlignmentReading, string, string>;
}
