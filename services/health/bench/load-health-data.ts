import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { ContributionKind, DecisionMaking, MilestoneStatus, OrganizationType, Phase, StakeholderRole } from '@msp-atlas/msp-vocabulary';
import { partnershipsSubgraph, writeHealthRows } from '@msp-atlas/partnerships';
import { countries as allCountries, sectorCategories } from '@msp-atlas/reference-data';
import { sdgIndicators, sdgTargets } from '@msp-atlas/sdg-framework';

/** A deterministic generator (mulberry32), so every run loads the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHASES = Object.values(Phase);
const STATUSES = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'INACTIVE', 'COMPLETED'];
const CURRENCIES = ['USD', 'EUR', 'KES', 'GBP'];
const CHANNELS = ['newsletter', 'website', 'annual forum', 'mailing list'];
const BATCH = 5_000;

export interface LoadedHealthData {
  partnerships: number;
  organizations: number;
  stakeholders: number;
  contributions: number;
  reports: number;
  milestones: number;
  indicators: number;
  /** The country with the most partnerships, and how many. */
  busiestCountry: { code: string; partnerships: number };
  ids: string[];
  registrySeconds: number;
  projectionSeconds: number;
}

type Columns = Record<string, unknown[]>;
const columns = (...names: string[]): Columns => Object.fromEntries(names.map((name) => [name, []]));
const push = (table: Columns, values: Record<string, unknown>) => {
  for (const [name, value] of Object.entries(values)) table[name]!.push(value);
};

/**
 * Writes `count` partnerships straight into the registry's tables (the rows its
 * registrations would write: organisations, stakeholders with roles and contributions,
 * phase changes, milestones, indicators, progress reports), in batches, bypassing the
 * API and the event log; then the health projection's rows through the service's own
 * evaluation (writeHealthRows: loadRegistrySignals + evaluateHealth per 5,000), so the
 * statuses are what the rules give for that data. Countries are skewed (a few have
 * thousands of partnerships).
 */
export async function loadHealthData(databaseUrl: string, count: number, today: string): Promise<LoadedHealthData> {
  const registryStarted = Date.now();
  const next = random(12);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const countryCodes = allCountries.map((country) => country.alpha3);
  const skewedCountry = () => countryCodes[Math.floor(next() ** 3 * countryCodes.length)]!;
  const sectors = sectorCategories.map((sector) => sector.code);
  const targets = sdgTargets.map((target) => target.code);
  const indicatorCodes = sdgIndicators.map((indicator) => indicator.code);
  const dateBetween = (from: number, to: number) => new Date(from + next() * (to - from)).toISOString().slice(0, 10);
  const now = Date.parse(today);
  const years = (n: number) => n * 365 * 86_400_000;

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const organizationIds = Array.from({ length: Math.max(200, Math.floor(count / 5)) }, () => randomUUID());
  const countryCounts = new Map<string, number>();
  const totals = { stakeholders: 0, contributions: 0, reports: 0, milestones: 0, indicators: 0 };
  const ids: string[] = [];
  try {
    await client.query('set search_path = partnerships');
    for (let offset = 0; offset < organizationIds.length; offset += 10_000) {
      const chunk = organizationIds.slice(offset, offset + 10_000);
      await client.query(
        `insert into organizations (id, name, type, country_code) select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
        [chunk, chunk.map((_, i) => `Bench organisation ${offset + i}`), chunk.map(() => pick(Object.values(OrganizationType))), chunk.map(() => skewedCountry())],
      );
    }
    for (let offset = 0; offset < count; offset += BATCH) {
      const partnerships = columns('id', 'slug', 'name', 'summary', 'phase', 'status', 'scope', 'countries', 'sectors', 'sdg_targets', 'sdg_goals', 'start_date', 'objectives',
        'secretariat_host_id', 'secretariat_staff_count', 'mou_signed_on', 'decision_making', 'communication_channels', 'problem_statement', 'continuation_plan', 'last_evaluated_on');
      const phaseChanges = columns('partnership_id', 'to_phase', 'changed_on');
      const stakeholders = columns('id', 'partnership_id', 'organization_id', 'roles', 'commitment');
      const contributions = columns('stakeholder_id', 'position', 'kind', 'amount', 'currency', 'person_days');
      const milestones = columns('partnership_id', 'position', 'title', 'due_on', 'status');
      const indicators = columns('partnership_id', 'position', 'name', 'baseline', 'target', 'sdg_indicator_code');
      const reports = columns('partnership_id', 'period_start', 'period_end', 'reported_on', 'summary');
      for (let i = offset; i < Math.min(count, offset + BATCH); i += 1) {
        const id = randomUUID();
        ids.push(id);
        const own = [...new Set(Array.from({ length: chance(0.15) ? 2 : 1 }, skewedCountry))];
        for (const code of own) countryCounts.set(code, (countryCounts.get(code) ?? 0) + 1);
        const phase = pick(PHASES);
        const declared = [...new Set(Array.from({ length: Math.floor(next() * 4) }, () => pick(targets)))];
        const members = [...new Set(Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(organizationIds)))];
        const startedOn = dateBetween(now - years(8), now - years(0.2));
        push(partnerships, {
          id,
          slug: `bench-health-${i}`,
          name: `Bench partnership ${i}`,
          summary: chance(0.7) ? 'Safe water and sanitation for rural districts' : '',
          phase,
          status: pick(STATUSES),
          scope: own.length > 1 ? 'REGIONAL' : 'NATIONAL',
          countries: own,
          sectors: [...new Set(Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(sectors)))],
          sdg_targets: declared,
          sdg_goals: [...new Set(declared.map((code) => code.split('.')[0]!))],
          start_date: startedOn,
          objectives: Array.from({ length: Math.floor(next() * 4) }, (_, n) => `Objective ${n + 1}`),
          secretariat_host_id: chance(0.4) ? members[0]! : null,
          secretariat_staff_count: chance(0.4) ? Math.floor(next() * 6) : null,
          mou_signed_on: chance(0.4) ? dateBetween(Date.parse(startedOn), now) : null,
          decision_making: chance(0.6) ? pick(Object.values(DecisionMaking)) : null,
          communication_channels: CHANNELS.filter(() => chance(0.3)),
          problem_statement: chance(0.5) ? 'Rural households lack safe water.' : null,
          continuation_plan: chance(0.2) ? 'Handover to the district water boards.' : null,
          last_evaluated_on: chance(0.15) ? dateBetween(now - years(3), now) : null,
        });
        push(phaseChanges, { partnership_id: id, to_phase: phase, changed_on: dateBetween(Date.parse(startedOn), now) });
        members.forEach((organizationId, position) => {
          const stakeholderId = randomUUID();
          const roles = position === 0 ? ['INITIATOR'] : [pick(Object.values(StakeholderRole))];
          push(stakeholders, { id: stakeholderId, partnership_id: id, organization_id: organizationId, roles, commitment: chance(0.5) ? 'Staff and co-funding' : '' });
          for (let c = 0; c < Math.floor(next() * 3); c += 1) {
            const kind = pick(Object.values(ContributionKind));
            push(contributions, {
              stakeholder_id: stakeholderId,
              position: c,
              kind,
              amount: kind === 'FINANCIAL' ? Math.round(next() * 500) * 1000 : null,
              currency: kind === 'FINANCIAL' ? pick(CURRENCIES) : null,
              person_days: kind === 'STAFF_TIME' ? Math.round(next() * 200) : null,
            });
          }
        });
        for (let m = 0; m < Math.floor(next() * 4); m += 1) {
          push(milestones, { partnership_id: id, position: m, title: `Milestone ${m + 1}`, due_on: chance(0.8) ? dateBetween(now - years(2), now + years(2)) : null, status: pick(Object.values(MilestoneStatus)) });
        }
        for (let n = 0; n < Math.floor(next() * 4); n += 1) {
          push(indicators, { partnership_id: id, position: n, name: `Indicator ${n + 1}`, baseline: chance(0.7) ? 10 : null, target: chance(0.7) ? 90 : null, sdg_indicator_code: chance(0.4) ? pick(indicatorCodes) : null });
        }
        for (let r = 0; r < Math.floor(next() * 4); r += 1) {
          const reportedOn = dateBetween(Date.parse(startedOn), now);
          push(reports, { partnership_id: id, period_start: startedOn, period_end: reportedOn, reported_on: reportedOn, summary: 'Progress as planned' });
        }
      }
      const arrays = (table: Columns) => Object.values(table).map((values) => values.map((value) => (Array.isArray(value) ? `{${value.map((v) => JSON.stringify(v)).join(',')}}` : value)));
      await client.query(
        `insert into partnerships (id, slug, name, summary, phase, status, scope, countries, sectors, sdg_targets, sdg_goals, start_date, objectives,
           secretariat_host_id, secretariat_staff_count, mou_signed_on, decision_making, communication_channels, problem_statement, continuation_plan, last_evaluated_on)
         select id, slug, name, summary, phase, status, scope, countries::text[], sectors::text[], sdg_targets::text[], sdg_goals::text[], start_date, objectives::text[],
           secretariat_host_id, secretariat_staff_count, mou_signed_on, decision_making, communication_channels::text[], problem_statement, continuation_plan, last_evaluated_on
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::date[], $13::text[],
           $14::uuid[], $15::int[], $16::date[], $17::text[], $18::text[], $19::text[], $20::text[], $21::date[])
           as t(id, slug, name, summary, phase, status, scope, countries, sectors, sdg_targets, sdg_goals, start_date, objectives,
             secretariat_host_id, secretariat_staff_count, mou_signed_on, decision_making, communication_channels, problem_statement, continuation_plan, last_evaluated_on)`,
        arrays(partnerships),
      );
      await client.query(`insert into phase_changes (partnership_id, to_phase, changed_on, note) select p, t, c, 'Registered' from unnest($1::uuid[], $2::text[], $3::date[]) as x(p, t, c)`, arrays(phaseChanges));
      await client.query(
        `insert into stakeholders (id, partnership_id, organization_id, roles, commitment) select i, p, o, r::text[], c from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[]) as x(i, p, o, r, c)`,
        arrays(stakeholders),
      );
      await client.query(
        `insert into contributions (stakeholder_id, position, kind, amount, currency, person_days) select * from unnest($1::uuid[], $2::int[], $3::text[], $4::numeric[], $5::text[], $6::numeric[])`,
        arrays(contributions),
      );
      await client.query(`insert into milestones (partnership_id, position, title, due_on, status) select * from unnest($1::uuid[], $2::int[], $3::text[], $4::date[], $5::text[])`, arrays(milestones));
      await client.query(
        `insert into indicators (partnership_id, position, name, baseline, target, sdg_indicator_code) select * from unnest($1::uuid[], $2::int[], $3::text[], $4::float8[], $5::float8[], $6::text[])`,
        arrays(indicators),
      );
      await client.query(
        `insert into progress_reports (partnership_id, period_start, period_end, reported_on, summary) select * from unnest($1::uuid[], $2::date[], $3::date[], $4::date[], $5::text[])`,
        arrays(reports),
      );
      totals.stakeholders += stakeholders.id!.length;
      totals.contributions += contributions.kind!.length;
      totals.milestones += milestones.title!.length;
      totals.indicators += indicators.name!.length;
      totals.reports += reports.summary!.length;
    }
  } finally {
    await client.end();
  }
  const registrySeconds = (Date.now() - registryStarted) / 1000;

  const projectionStarted = Date.now();
  const db = partnershipsSubgraph.connect(databaseUrl, { poolSize: 1 });
  try {
    for (let offset = 0; offset < ids.length; offset += BATCH) {
      await db.transaction().execute((trx) => writeHealthRows(trx, ids.slice(offset, offset + BATCH), today));
    }
    await sql`analyze`.execute(db);
  } finally {
    await db.destroy();
  }
  const [code, partnerships] = [...countryCounts].sort((a, b) => b[1] - a[1])[0]!;
  return {
    partnerships: count,
    organizations: organizationIds.length,
    ...totals,
    busiestCountry: { code, partnerships },
    ids,
    registrySeconds,
    projectionSeconds: (Date.now() - projectionStarted) / 1000,
  };
}
