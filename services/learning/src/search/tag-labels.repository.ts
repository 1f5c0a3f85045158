import { sql } from 'kysely';
import { countries } from '@msp-atlas/reference-data';
import { sdgGoals } from '@msp-atlas/sdg-framework';
import type { Db } from '../database.js';
import { TAG_LABEL_LANGUAGES } from '../lesson/lesson-languages.js';
import { TagPrefix } from '../lesson/lesson-tags.js';
import { KIND_LABELS, PHASE_LABELS, SUCCESS_FACTOR_LABELS } from './tag-labels.js';
import { LABEL_CONFIGS } from './search-documents.js';

type Names = Readonly<Record<(typeof TAG_LABEL_LANGUAGES)[number], string>>;

/** Every tag a query can name across languages, with its names in each language. */
export function tagNames(): [tag: string, names: Names][] {
  const rows: [string, Names][] = [];
  for (const [code, names] of Object.entries(KIND_LABELS)) rows.push([TagPrefix.kind + code, names]);
  for (const [code, names] of Object.entries(PHASE_LABELS)) rows.push([TagPrefix.phase + code, names]);
  for (const [code, names] of Object.entries(SUCCESS_FACTOR_LABELS)) rows.push([TagPrefix.successFactor + code, names]);
  for (const goal of sdgGoals) rows.push([TagPrefix.sdgGoal + goal.code, goal.shortTitle]);
  for (const country of countries) {
    const official = country.officialNames;
    rows.push([TagPrefix.country + country.alpha3, { en: country.name, fr: official.fr ?? country.name, es: official.es ?? country.name, de: country.name }]);
  }
  return rows;
}

/**
 * Writes the tags' names into `tag_labels` (at every start: the names live in the code
 * and may change with it). One statement; rows no longer named are removed.
 */
export async function syncTagLabels(db: Db): Promise<void> {
  const rows = tagNames();
  const documents = rows.map(
    ([tag, names]) =>
      sql`(${tag}, ${sql.join(
        TAG_LABEL_LANGUAGES.map((language) => sql`to_tsvector(${LABEL_CONFIGS[language]}::regconfig, ${names[language]})`),
        sql` || `,
      )})`,
  );
  await db.transaction().execute(async (trx) => {
    await sql`insert into tag_labels (tag, document) values ${sql.join(documents)}
      on conflict (tag) do update set document = excluded.document`.execute(trx);
    await sql`delete from tag_labels where not (tag = any(${sql.val(rows.map(([tag]) => tag))}::text[]))`.execute(trx);
  });
}
