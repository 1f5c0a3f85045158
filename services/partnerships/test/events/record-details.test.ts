import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Viewer, viewerActor } from '@msp-atlas/access';
import { createTestDatabase, type TestDatabase } from '@msp-atlas/test-harness';
import type { Db } from '../../src/database.js';
import { today } from '../../src/domain/clock.js';
import { Phase, Scope } from '../../src/domain/enums.js';
import { parseEvent, type PartnershipSnapshot } from '@msp-atlas/event-contracts';
import { readEvents, type StoredEvent } from '@msp-atlas/events';
import { waitFor } from '@msp-atlas/test-harness';
import { changePhase, registerPartnership } from '../../src/partnership/partnership.service.js';
import type { RegisterPartnershipInput } from '../../src/partnership/register-partnership.input.js';
import { submitProgressReport } from '../../src/progress-report/progress-report.service.js';
import { removeStakeholder } from '../../src/stakeholder/stakeholder.service.js';
import { stakeholdersOf } from '../../src/stakeholder/stakeholder.repository.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';
import { newAccount } from '../support/accounts.js';

let testDb: TestDatabase;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = partnershipsSubgraph.connect(testDb.url, { poolSize: 4 });
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
      {
        organization: { name: `Ministry ${sequence}`, type: 'GOVERNMENT' },
        roles: ['INITIATOR'],
        commitment: 'Permits and land',
        contributions: [
          { kind: 'FINANCIAL', amount: 30_000, currency: 'EUR' },
          { kind: 'STAFF_TIME', personDays: 20 },
        ],
      },
      {
        organization: { name: `Water Trust ${sequence}`, type: 'PHILANTHROPY' },
        roles: ['FUNDER', 'CORE_GROUP'],
        contributions: [
          { kind: 'FINANCIAL', amount: 10_000, currency: 'EUR' },
          { kind: 'FINANCIAL', amount: 500, currency: 'USD' },
        ],
      },
      { organization: { name: `Villagers ${sequence}`, type: 'COMMUNITY' }, roles: ['MEMBER', 'CHAMPION'], commitment: 'Maintenance' },
      { organization: { name: `Other NGO ${sequence}`, type: 'CIVIL_SOCIETY' }, roles: ['CORE_GROUP'] },
      { organization: { name: `Leaving NGO ${sequence}`, type: 'CIVIL_SOCIETY' }, roles: ['IMPLEMENTER'] },
    ],
  });
  const moved = await changePhase(db, who, { partnershipId: row.id, expectedVersion: row.version, phase: Phase.IMPLEMENTATION, changedOn: daysAgo(30) });
  const leaving = (await stakeholdersOf(db, [row.id])).find((stakeholder) => stakeholder.roles.includes('IMPLEMENTER'))!;
  await removeStakeholder(db, who, { stakeholderId: leaving.id, expectedVersion: moved.version });
  await submitProgressReport(db, who, {
    partnershipId: row.id,
    periodStart: '2025-01-15',
    periodEnd: '2025-06-30',
    reportedOn: '2025-07-10',
    summary: 'Wells dug',
  });
  return row;
}

/** The record as its latest event carried it. */
async function publishedRecord(partnershipId: string, type?: string, version = 1) {
  let latest: StoredEvent | undefined;
  // Another test's open transaction can hold newer events back from readers for a moment.
  await waitFor(async () => {
    const { events } = await readEvents(db, null, 10_000);
    latest = events.filter((event) => event.aggregateId === partnershipId && event.aggregateType === 'Partnership' && (!type || event.type === type)).at(-1);
    return latest !== undefined && latest.aggregateVersion >= version;
  });
  return parseEvent(latest!).payload as { partnership: PartnershipSnapshot; registrantAccountId?: string | null };
}

describe('the record details its events carry for the health check', () => {
  it("carry a partnership's plan, governance, reports, phase entry, recent removals and funding shares", async () => {
    const row = await fullyRecordedPartnership();
    // Registered, moved to implementation, a stakeholder removed, a report: version 4.
    const record = (await publishedRecord(row.id, undefined, 4)).partnership;
    expect(record.details).toEqual({
      registeredAt: row.created_at.toISOString(),
      enteredPhaseOn: daysAgo(30),
      milestones: [
        { dueOn: '2025-02-01', status: 'ACHIEVED' },
        { dueOn: '2025-06-01', status: 'IN_PROGRESS' },
        { dueOn: null, status: 'PLANNED' },
        { dueOn: daysAgo(-60), status: 'PLANNED' },
      ],
      indicators: [
        { hasBaseline: true, hasTarget: true, sdgIndicatorCode: '6.1.1' },
        { hasBaseline: false, hasTarget: true, sdgIndicatorCode: null },
      ],
      governance: {
        secretariatHostId: null,
        secretariatStaffCount: 2,
        mouSignedOn: '2025-03-01',
        decisionMaking: 'CONSENSUS',
        communicationChannels: ['Newsletter', 'Monthly call'],
      },
      progressReports: { count: 1, lastReportedOn: '2025-07-10' },
      recentRemovals: [{ organizationId: expect.any(String), removedOn: today() }],
      fundingConcentration: [
        { currency: 'EUR', totalAmount: 40_000, funderCount: 2, largestFunderShare: 0.75, herfindahlIndex: 0.625 },
        { currency: 'USD', totalAmount: 500, funderCount: 1, largestFunderShare: 1, herfindahlIndex: 1 },
      ],
    });
    expect(record.stakeholders.map((stakeholder) => stakeholder.commitment).sort()).toEqual(['', '', 'Maintenance', 'Permits and land']);
  });

  it('carry a fresh registration with nothing recorded yet, and its registrant', async () => {
    const who = actor();
    const fresh = await register(who);
    const registered = await publishedRecord(fresh.id, 'PartnershipRegistered');
    expect(registered.registrantAccountId).toBe(who.kind === 'system' ? null : who.viewer.accountId);
    expect(registered.partnership.details).toMatchObject({
      enteredPhaseOn: today(),
      milestones: [],
      indicators: [],
      progressReports: { count: 0, lastReportedOn: null },
      recentRemovals: [],
      fundingConcentration: [],
    });
  });
});
