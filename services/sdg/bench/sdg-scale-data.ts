import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { countries as allCountries, regionsOfCountry } from '@msp-atlas/reference-data';
import { benchRandom } from '@msp-atlas/bench-harness';
import { sdgTargets } from '@msp-atlas/sdg-framework';
import { rebuildCoverageCells } from '../src/sdg-coverage/coverage-cells.repository.js';
import { sdgSubgraph } from '../src/subgraph.js';

const PHASES = ['INITIATION', 'DESIGN', 'IMPLEMENTATION', 'FURTHER_DEVELOPMENT'];
const STATUSES = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'INACTIVE', 'COMPLETED'];
const CURRENCIES = ['USD', 'EUR', 'KES', 'GBP'];

export interface LoadedScale {
  partnerships: number;
  targetRows: number;
  stakeholderRows: number;
  /** The country with the most partnerships, and how many. */
  busiestCountry: { code: string; partnerships: number };
  seconds: number;
  /** Of which building the coverage cells from the rows. */
  cellSeconds: number;
}

/**
 * Writes `count` partnerships straight into the SDG service's projection tables (the
 * rows its consumer would write for them), in batches: the registry and the event log
 * are bypassed, so the load takes seconds instead of the hours 100,000 registrations
 * and classifications would. Countries are skewed (a few have thousands), targets 1–4
 * per partnership, stakeholders 2–5 drawn from a shared pool, money in four currencies.
 */
export async function loadScaleProjection(databaseUrl: string, count: number): Promise<LoadedScale> {
  const started = Date.now();
  // Seeded, so every run loads the same data.
  const { next } = benchRandom(2026);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  // Countries with a region: a skewed draw (square of a uniform) makes some busy.
  const countries = allCountries.map((country) => country.alpha3).filter((code) => regionsOfCountry(code).length > 0);
  const skewedCountry = () => countries[Math.floor(next() ** 2 * countries.length)]!;
  const targets = sdgTargets.map((target) => target.code);
  const organizations = Array.from({ length: Math.max(100, Math.floor(count / 5)) }, () => randomUUID());
  const countryCounts = new Map<string, number>();

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let targetRows = 0;
  let stakeholderRows = 0;
  try {
    const BATCH = 5_000;
    for (let offset = 0; offset < count; offset += BATCH) {
      const alignment: unknown[][] = [[], [], [], [], [], [], [], []];
      const target: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
      const stakeholder: unknown[][] = [[], [], []];
      for (let i = offset; i < Math.min(count, offset + BATCH); i += 1) {
        const id = randomUUID();
        const own = [...new Set(Array.from({ length: 1 + Math.floor(next() * 2) }, skewedCountry))];
        for (const code of own) countryCounts.set(code, (countryCounts.get(code) ?? 0) + 1);
        const regions = next() < 0.1 ? [regionsOfCountry(own[0]!).at(-1)!.code] : [];
        const declared = [...new Set(Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(targets)))];
        const phase = pick(PHASES);
        const status = pick(STATUSES);
        const members = [...new Set(Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(organizations)))];
        const total: Record<string, number> = {};
        for (const organization of members) {
          const amounts: Record<string, number> = {};
          if (next() < 0.6) {
            const currency = pick(CURRENCIES);
            amounts[currency] = Math.round(next() * 500) * 1000;
            total[currency] = (total[currency] ?? 0) + amounts[currency]!;
          }
          stakeholder[0]!.push(id);
          stakeholder[1]!.push(organization);
          stakeholder[2]!.push(JSON.stringify(amounts));
        }
        const values = [id, `Generated partnership ${i}`, `{${own.join(',')}}`, `{${regions.join(',')}}`, phase, status, `{${declared.join(',')}}`, '[]'];
        values.forEach((value, column) => {
          alignment[column]!.push(value);
        });
        for (const code of declared) {
          [
            id,
            code,
            Number(code.split('.')[0]),
            true,
            `{${own.join(',')}}`,
            `{${regions.join(',')}}`,
            phase,
            status,
            `{${members.join(',')}}`,
            JSON.stringify(total),
          ].forEach((value, column) => {
            target[column]!.push(value);
          });
        }
      }
      await client.query(
        `insert into sdg.partnership_alignment (partnership_id, partnership_version, name, countries, regions, phase, status, declared_targets, described, suggestions)
         select id, 1, name, countries::text[], regions::text[], phase, status, declared::text[], false, suggestions::jsonb
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) as t(id, name, countries, regions, phase, status, declared, suggestions)`,
        alignment,
      );
      await client.query(
        `insert into sdg.partnership_target (partnership_id, target_code, goal, declared, countries, regions, phase, status, organization_ids, amounts)
         select id, code, goal, declared, countries::text[], regions::text[], phase, status, organizations::uuid[], amounts::jsonb
         from unnest($1::uuid[], $2::text[], $3::smallint[], $4::boolean[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
           as t(id, code, goal, declared, countries, regions, phase, status, organizations, amounts)`,
        target,
      );
      await client.query(
        `insert into sdg.partnership_stakeholder (partnership_id, organization_id, amounts)
         select id, organization, amounts::jsonb from unnest($1::uuid[], $2::uuid[], $3::text[]) as t(id, organization, amounts)`,
        stakeholder,
      );
      targetRows += target[0]!.length;
      stakeholderRows += stakeholder[0]!.length;
    }
  } finally {
    await client.end();
  }
  // The coverage cells the consumer keeps as differences, built in one go from the rows.
  const cellsStarted = Date.now();
  const db = sdgSubgraph.connect(databaseUrl, { poolSize: 1 });
  try {
    await rebuildCoverageCells(db);
    await sql`analyze`.execute(db);
  } finally {
    await db.destroy();
  }
  const cellSeconds = (Date.now() - cellsStarted) / 1000;
  const [code, partnerships] = [...countryCounts].sort((a, b) => b[1] - a[1])[0]!;
  return { partnerships: count, targetRows, stakeholderRows, busiestCountry: { code, partnerships }, seconds: (Date.now() - started) / 1000, cellSeconds };
}
