import { randomUUID } from 'node:crypto';
import type { PartnershipSnapshot } from '@msp-atlas/event-contracts';
import { sql } from 'kysely';
import { ContributionKind, DecisionMaking, MilestoneStatus, OrganizationType, Phase, StakeholderRole } from '@msp-atlas/msp-vocabulary';
import { writeHealthRows } from '../src/health-projection/evaluate-partnerships.js';
import { registryRecordOf } from '../src/registry/registry-record.js';
import { healthSubgraph } from '../src/subgraph.js';
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

/** Shares per funder in one currency, largest total first, as the registry computes them for its events. */
function fundingShares(money: readonly { organizationId: string; amount: number; currency: string }[]) {
  const byCurrency = new Map<string, Map<string, number>>();
  for (const { organizationId, amount, currency } of money) {
    const funders = byCurrency.get(currency) ?? new Map<string, number>();
    funders.set(organizationId, (funders.get(organizationId) ?? 0) + amount);
    byCurrency.set(currency, funders);
  }
  return [...byCurrency]
    .map(([currency, funders]) => {
      const amounts = [...funders.values()];
      const total = amounts.reduce((sum, amount) => sum + amount, 0);
      return {
        currency,
        totalAmount: total,
        funderCount: amounts.filter((amount) => amount > 0).length,
        largestFunderShare: total > 0 ? Math.max(...amounts) / total : 0,
        herfindahlIndex: total > 0 ? amounts.reduce((sum, amount) => sum + (amount / total) ** 2, 0) : 0,
      };
    })
    .filter((share) => share.totalAmount > 0)
    .sort((a, b) => b.totalAmount - a.totalAmount || a.currency.localeCompare(b.currency));
}

/**
 * Writes `count` partnerships straight into this service's projection, as the
 * registry's events would have left them (`partnership_records`: the record with its
 * stakeholders, contributions, milestones, indicators, reports), in batches, bypassing
 * the API and the event log; then their health rows through the service's own
 * evaluation (writeHealthRows, per 5,000), so the statuses are what the rules give for
 * that data. Countries are skewed (a few have thousands of partnerships). The registry
 * knows none of them: the bench reads the health service's fields only.
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

  const organizationIds = Array.from({ length: Math.max(200, Math.floor(count / 5)) }, () => randomUUID());
  const organizationTypes = new Map(organizationIds.map((id) => [id, pick(Object.values(OrganizationType))]));
  const countryCounts = new Map<string, number>();
  const totals = { stakeholders: 0, contributions: 0, reports: 0, milestones: 0, indicators: 0 };
  const ids: string[] = [];
  const db = healthSubgraph.connect(databaseUrl, { poolSize: 1 });
  try {
    for (let offset = 0; offset < count; offset += BATCH) {
      const rows: Record<string, unknown>[] = [];
      for (let i = offset; i < Math.min(count, offset + BATCH); i += 1) {
        const id = randomUUID();
        ids.push(id);
        const own = [...new Set(Array.from({ length: chance(0.15) ? 2 : 1 }, skewedCountry))];
        for (const code of own) countryCounts.set(code, (countryCounts.get(code) ?? 0) + 1);
        const phase = pick(PHASES);
        const declared = [...new Set(Array.from({ length: Math.floor(next() * 4) }, () => pick(targets)))];
        const members = [...new Set(Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(organizationIds)))];
        const startedOn = dateBetween(now - years(8), now - years(0.2));
        const stakeholders = members.map((organizationId, position) => ({
          organizationId,
          organizationType: organizationTypes.get(organizationId)!,
          country: null,
          roles: position === 0 ? ['INITIATOR'] : [pick(Object.values(StakeholderRole))],
          commitment: chance(0.5) ? 'Staff and co-funding' : '',
          contributions: Array.from({ length: Math.floor(next() * 3) }, () => {
            const kind = pick(Object.values(ContributionKind));
            return {
              kind,
              amount: kind === 'FINANCIAL' ? Math.round(next() * 500) * 1000 : null,
              currency: kind === 'FINANCIAL' ? pick(CURRENCIES) : null,
              personDays: kind === 'STAFF_TIME' ? Math.round(next() * 200) : null,
            };
          }),
        }));
        const milestones = Array.from({ length: Math.floor(next() * 4) }, () => ({
          dueOn: chance(0.8) ? dateBetween(now - years(2), now + years(2)) : null,
          status: pick(Object.values(MilestoneStatus)),
        }));
        const indicators = Array.from({ length: Math.floor(next() * 4) }, () => ({
          hasBaseline: chance(0.7),
          hasTarget: chance(0.7),
          sdgIndicatorCode: chance(0.4) ? pick(indicatorCodes) : null,
        }));
        const reports = Array.from({ length: Math.floor(next() * 4) }, () => dateBetween(Date.parse(startedOn), now)).sort();
        const money = stakeholders.flatMap((stakeholder) =>
          stakeholder.contributions
            .filter((c) => c.kind === 'FINANCIAL')
            .map((c) => ({ organizationId: stakeholder.organizationId, amount: c.amount!, currency: c.currency! })),
        );
        const registeredAt = new Date(Date.parse(startedOn) + 86_400_000).toISOString();
        const snapshot: PartnershipSnapshot = {
          id,
          slug: `bench-health-${i}`,
          name: `Bench partnership ${i}`,
          summary: '',
          description: '',
          objectives: Array.from({ length: Math.floor(next() * 4) }, (_, n) => `Objective ${n + 1}`),
          phase,
          status: pick(STATUSES),
          scope: own.length > 1 ? 'REGIONAL' : 'NATIONAL',
          countries: own,
          regions: [],
          sectors: [...new Set(Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(sectors)))],
          sdgTargets: declared,
          startDate: startedOn,
          endDate: null,
          problemStatement: chance(0.5) ? 'Rural households lack safe water.' : null,
          continuationPlan: chance(0.2) ? 'Handover to the district water boards.' : null,
          lastEvaluatedOn: chance(0.15) ? dateBetween(now - years(3), now) : null,
          isDemo: false,
          stakeholders,
          details: {
            registeredAt,
            enteredPhaseOn: dateBetween(Date.parse(startedOn), now),
            milestones,
            indicators,
            governance: {
              secretariatHostId: chance(0.4) ? members[0]! : null,
              secretariatStaffCount: chance(0.4) ? Math.floor(next() * 6) : null,
              mouSignedOn: chance(0.4) ? dateBetween(Date.parse(startedOn), now) : null,
              decisionMaking: chance(0.6) ? pick(Object.values(DecisionMaking)) : null,
              communicationChannels: CHANNELS.filter(() => chance(0.3)),
            },
            progressReports: { count: reports.length, lastReportedOn: reports.at(-1) ?? null },
            recentRemovals: [],
            fundingConcentration: fundingShares(money),
          },
        };
        rows.push({
          partnership_id: id,
          version: 1,
          registered_at: new Date(registeredAt),
          phase,
          countries: own,
          sectors: snapshot.sectors,
          is_demo: false,
          record: JSON.stringify(registryRecordOf(snapshot)),
        });
        totals.stakeholders += stakeholders.length;
        totals.contributions += stakeholders.reduce((sum, stakeholder) => sum + stakeholder.contributions.length, 0);
        totals.milestones += milestones.length;
        totals.indicators += indicators.length;
        totals.reports += reports.length;
      }
      for (let start = 0; start < rows.length; start += 1_000)
        await db
          .insertInto('partnership_records')
          .values(rows.slice(start, start + 1_000) as never)
          .execute();
    }
    const registrySeconds = (Date.now() - registryStarted) / 1000;
    const projectionStarted = Date.now();
    for (let offset = 0; offset < ids.length; offset += BATCH) {
      await db.transaction().execute((trx) => writeHealthRows(trx, ids.slice(offset, offset + BATCH), today));
    }
    await sql`analyze`.execute(db);
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
  } finally {
    await db.destroy();
  }
}
