import type { ColumnType } from 'kysely';
import type { AlignmentReading } from './alignment-reading.js';

/** The last SdgAlignmentChanged this service appended per partnership; kept across replays. */
export interface PublishedAlignmentTable {
  partnership_id: string;
  version: number;
  reading: ColumnType<AlignmentReading, string, string>;
  /** The registry version the published reading was made from (null only for rows older than the column, not matched then). */
  partnership_version: number | null;
}
