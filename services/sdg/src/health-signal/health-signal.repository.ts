import type { Db } from '../database.js';
import type { AlignmentReading } from '../alignment/alignment-reading.js';

export interface PublishedReading {
  partnershipId: string;
  partnershipVersion: number;
  reading: AlignmentReading;
}

/** The readings last published as SdgAlignmentChanged, for many partnerships in one statement. */
export async function publishedReadingsByIds(db: Db, ids: readonly string[]): Promise<PublishedReading[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('published_alignment')
    .select(['partnership_id', 'partnership_version', 'reading'])
    .where('partnership_id', 'in', ids)
    .where('partnership_version', 'is not', null)
    .execute();
  // biome-ignore lint/style/noNonNullAssertion: the query keeps only rows whose version is not null
  return rows.map((row) => ({ partnershipId: row.partnership_id, partnershipVersion: row.partnership_version!, reading: row.reading }));
}
