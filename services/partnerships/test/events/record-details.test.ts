import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Viewer, viewerActor } from '@msp-atlas/access';
import { createTestDatabase, type TestDatabase } from '@msp-atlas/test-harness';
import type { Db } from '../../src/database.js';
import { today } from '../../src/domain/clock.js';
import { Phase, Scope } from '../../src/domain/enums.js';
import { createLoaders } from '../../src/graphql/loaders.js';
import { loadRegistrySignals } from '../../src/health/load-registry-signals.js';
import { changePhase, registerPartnership } from '../../src/partnership/partnership.service.js';
import type { RegisterPartnershipInput } from '../../src/partnership/register-partnership.input.js';
import { submitProgressReport } from '../../src/progress-report/progress-report.service.js';
import { removeStakeholder } from '../../src/stakeholder/stakeholder.service.js';
import { stakeholdersOf } from '../../src/stakeholder/stakeholder.repository.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';
import { newAccount } from '../support/accounts.js';

let testDb: TestDatabase;
let db: Db;
let statements = 0;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = partnershipsSubgraph.connect(testDb.url, { poolSize: 4, onQuery: (event) => void (event.level === 'query' && (statements += 1)) });
  await partnershipsSubgraph.migrate(db);
});
afterAll(async () => {
  await db?.destroy();
  await testDb?.drop();
});

const actor = () => viewerActor(new Viewer(newAccount()));
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
let sequence = 0;

const register = (who: ReturnType<typeof actor>, input: Record<string, unknown> = {}) =>
  registerPartnership(db, who, { name: `Signals ${++sequence}`, scope: Scope.NATIONAL, countries: ['KEN'], ...input } as unknown as RegisterPartnershipInput);

/** A partnership with something of everything the signals count. */
async function fullyRecordedPartnership() {
  const who = actor();
  const row = await register(who, {
    startDate: '2025-01-15',
    objectives: ['Safe water for 10,000 households', 'Wells kept working'],
    sdgTargets: ['6.1', '6.2'],
    sectors: ['140'],
    governance: { secretariatStaffCount: 2, mouSignedOn: '2025-03-01', decisionMaking: 'CONSENSUS', communicationChannels: ['Newsletter', 'Monthly call'] },
    milestones: [
      { title: 'Baseline survey', dueOn: '2025-02-01', status: 'ACHIEVED' },
      { title: 'First wells', dueOn: '2025-06-01', status: 'IN_PROGRESS' },
      { title: 'Handover' },
      { title: 'Wells inspected', dueOn: daysAgo(-60), status: 'PLANNED' },
    ],
    indicators: [
      { name: 'Households served', baseline: 0, target: 10_000, sdgIndicatorCode: '6.1.1' },
      { name: 'Wells dug', target: 40 },
    ],
    stakeholders: [
      { organization: { name: `Ministry ${sequence}`, type: 'GOVERNMENT' }, roles: ['INITIATOR'], commitment: 'Permits and land',
        contributions: [{ kind: 'FINANCIAL', amount: 30_000, currency: 'EUR' }, { kind: 'STAFF_TIME', personDays: 20 }] },
      { organization: { name: `Water Trust ${sequence}`, type: 'PHILANTHROPY' }, roles: ['FUNDER', 'CORE_GROUP'],
        contributions: [{ kind: 'FINANCIAL', amount: 10_000, currency: 'EUR' }, { kind: 'FINANCIAL', amount: 500, currency: 'USD' }] },
      { organization: { name: `Villagers ${sequence}`, type: 'COMMUNITY' }, roles: ['MEMBER', 'CHAMPION'], commitment: 'Maintenance' },
      { organization: { name: `Other NGO ${sequence}`, type: 'CIVIL_SOCIETY' }, roles: ['CORE_GROUP'] },
      { organization: { name: `Leaving NGO ${sequence}`, type: 'CIVIL_SOCIETY' }, roles: ['IMPLEMENTER'] },
    ],
  });
  const moved = await changePhase(db, who, { partnershipId: row.id, expectedVersion: row.version, phase: Phase.IMPLEMENTATION, changedOn: daysAgo(30) });
  const leaving = (await stakeholdersOf(db, [row.id])).find((stakeholder) => stakeholder.roles.includes('IMPLEMENTER'))!;
  await removeStakeholder(db, who, { stakeholderId: leaving.id, expectedVersion: moved.version });
  await submitProgressReport(db, who, { partnershipId: row.id, periodStart: '2025-01-15', periodEnd: '2025-06-30', reportedOn: '2025-07-10', summary: 'Wells dug' });
  return row;
}

describe('loadRegistrySignals', () => {
  it("reads a partnership's figures from its record, lists, stakeholders, reports and history", async () => {
    const row = await fullyRecordedPartnership();
    const signals = (await loadRegistrySignals(db, [row.id], today())).get(row.id)!;
    expect(signals).toEqual({
      phase: 'IMPLEMENTATION',
      enteredPhaseOn: daysAgo(30),
      objectives: 2,
      problemStatement: false,
      milestones: 4,
      datedMilestones: 3,
      overdueMilestones: 1,
      nextMilestoneDueOn: daysAgo(-60),
      indicators: 2,
      indicatorsWithBaselineAndTarget: 1,
      indicatorsLinkedToSdg: 1,
      stakeholders: {
        total: 4,
        byType: { GOVERNMENT: 1, PHILANTHROPY: 1, COMMUNITY: 1, CIVIL_SOCIETY: 1 },
        core: 3,
        coreContributing: 2,
        withCommitment: 2,
        contributing: 2,
        champions: 1,
        removedLastYear: 1,
      },
      secretariat: { hostRecorded: false, staff: 2 },
      mouSignedOn: '2025-03-01',
      decisionMaking: 'CONSENSUS',
      communicationChannels: 2,
      funding: { currency: 'EUR', total: 40_000, funders: 2, largestFunderShare: 0.75, herfindahlIndex: 0.625 },
      moneyFunders: 2,
      personDays: 20,
      progressReports: 1,
      lastReportedOn: '2025-07-10',
      progressReportOverdue: false,
      lastEvaluatedOn: null,
      continuationPlan: false,
      sdgTargets: 2,
      sectors: 1,
    });
  });

  it('dates a partnership without a later phase change from its registration, and judges reports overdue a year into implementation', async () => {
    const who = actor();
    const fresh = await register(who);
    const late = await register(who);
    await changePhase(db, who, { partnershipId: late.id, expectedVersion: late.version, phase: Phase.IMPLEMENTATION, changedOn: daysAgo(400) });
    const signals = await loadRegistrySignals(db, [fresh.id, late.id], today());
    expect(signals.get(fresh.id)).toMatchObject({
      phase: 'INITIATION', enteredPhaseOn: today(), objectives: 0, milestones: 0, funding: null, moneyFunders: 0, personDays: 0,
      stakeholders: { total: 0, byType: {}, removedLastYear: 0 }, progressReports: 0, lastReportedOn: null, progressReportOverdue: false,
    });
    expect(signals.get(late.id)).toMatchObject({ phase: 'IMPLEMENTATION', enteredPhaseOn: daysAgo(400), progressReportOverdue: true });
  });

  it('answers for many partnerships in three statements, leaving out ids that name none', async () => {
    const who = actor();
    const rows = [await fullyRecordedPartnership(), await register(who), await register(who, { stakeholders: [{ organization: { name: `Solo ${sequence}`, type: 'ACADEMIA' }, roles: ['INITIATOR'] }] })];
    const before = statements;
    const signals = await loadRegistrySignals(db, [...rows.map((row) => row.id), '00000000-0000-4000-8000-000000000000', 'not-an-id'], today());
    expect(statements - before).toBe(3);
    expect([...signals.keys()].sort()).toEqual(rows.map((row) => row.id).sort());
    expect(signals.get(rows[2]!.id)!.stakeholders).toMatchObject({ total: 1, core: 1, coreContributing: 0, byType: { ACADEMIA: 1 } });
    expect(signals.get(rows[0]!.id)!.stakeholders.total).toBe(4);
  });

  it("is batched per request: a page of partnerships' health costs the same four statements as one", async () => {
    const who = actor();
    const rows = [await register(who), await register(who), await register(who)];
    const loaders = createLoaders(db, new Viewer(newAccount()));
    const before = statements;
    const loaded = await Promise.all(rows.flatMap((row) => [loaders.registrySignals.load(row.id), loaders.selfScores.load(row.id)]));
    // Registry figures (three statements) and the latest self scores (one).
    expect(statements - before).toBe(4);
    expect(loaded.filter((value) => value === null)).toEqual([]);
  });
});
