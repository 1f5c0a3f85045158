import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { registryRecordOf } from '../../src/registry/registry-record.js';
import { registrySignalsOf } from '../../src/registry/registry-signals.js';
import { snapshotOf } from '../support/registry-events.js';

// The registry's figures for the rules, counted for a day from the record its events carry.

const TODAY = '2026-12-08';
const daysBefore = (days: number) => new Date(Date.parse(TODAY) - days * 86_400_000).toISOString().slice(0, 10);
const [ministry, trust, villagers, ngo, leaver] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];

/** A partnership with something of everything the signals count (as the partnerships service's test records it). */
const fullyRecorded = snapshotOf({
  phase: 'IMPLEMENTATION',
  startDate: '2025-01-15',
  objectives: ['Safe water for 10,000 households', 'Wells kept working', ' '],
  sdgTargets: ['6.1', '6.2'],
  sectors: ['140'],
  stakeholders: [
    {
      organizationId: ministry,
      organizationType: 'GOVERNMENT',
      country: 'KEN',
      roles: ['INITIATOR'],
      commitment: 'Permits and land',
      contributions: [
        { kind: 'FINANCIAL', amount: 30_000, currency: 'EUR', personDays: null },
        { kind: 'STAFF_TIME', amount: null, currency: null, personDays: 20 },
      ],
    },
    {
      organizationId: trust,
      organizationType: 'PHILANTHROPY',
      country: null,
      roles: ['FUNDER', 'CORE_GROUP'],
      commitment: '',
      contributions: [
        { kind: 'FINANCIAL', amount: 10_000, currency: 'EUR', personDays: null },
        { kind: 'FINANCIAL', amount: 500, currency: 'USD', personDays: null },
      ],
    },
    { organizationId: villagers, organizationType: 'COMMUNITY', country: 'KEN', roles: ['MEMBER', 'CHAMPION'], commitment: 'Maintenance', contributions: [] },
    { organizationId: ngo, organizationType: 'CIVIL_SOCIETY', country: 'KEN', roles: ['CORE_GROUP'], contributions: [] },
  ],
  details: {
    registeredAt: '2025-01-20T09:00:00.000Z',
    enteredPhaseOn: daysBefore(30),
    milestones: [
      { dueOn: '2025-02-01', status: 'ACHIEVED' },
      { dueOn: '2025-06-01', status: 'IN_PROGRESS' },
      { dueOn: null, status: 'PLANNED' },
      { dueOn: daysBefore(-60), status: 'PLANNED' },
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
    recentRemovals: [
      { organizationId: leaver, removedOn: daysBefore(10) },
      { organizationId: randomUUID(), removedOn: daysBefore(400) },
    ],
    fundingConcentration: [
      { currency: 'EUR', totalAmount: 40_000, funderCount: 2, largestFunderShare: 0.75, herfindahlIndex: 0.625 },
      { currency: 'USD', totalAmount: 500, funderCount: 1, largestFunderShare: 1, herfindahlIndex: 1 },
    ],
  },
});

describe('registrySignalsOf', () => {
  it("counts a partnership's figures from its record, lists, stakeholders, reports and removals of the year", () => {
    expect(registrySignalsOf(registryRecordOf(fullyRecorded)!, TODAY)).toEqual({
      phase: 'IMPLEMENTATION',
      enteredPhaseOn: daysBefore(30),
      objectives: 2,
      problemStatement: false,
      milestones: 4,
      datedMilestones: 3,
      overdueMilestones: 1,
      nextMilestoneDueOn: daysBefore(-60),
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

  it('moves with the calendar: a milestone falls overdue, a report falls due, a removal ages out of the year', () => {
    const record = registryRecordOf(fullyRecorded)!;
    // A year after the phase was entered and well after the last report.
    const later = registrySignalsOf(record, '2028-01-01');
    expect(later).toMatchObject({ overdueMilestones: 2, nextMilestoneDueOn: null, progressReportOverdue: true, stakeholders: { removedLastYear: 0 } });
  });

  it('dates a partnership without a recorded phase entry from its start, else its registration, and keeps none of a record without details', () => {
    const { details, ...withoutDetails } = snapshotOf({ startDate: null, details: { registeredAt: '2026-03-04T10:00:00.000Z', enteredPhaseOn: null } });
    expect(registrySignalsOf(registryRecordOf({ ...withoutDetails, details })!, TODAY)).toMatchObject({
      enteredPhaseOn: '2026-03-04',
      funding: null,
      moneyFunders: 0,
      personDays: 0,
    });
    expect(registryRecordOf({ ...withoutDetails, details: null })).toBeNull();
  });
});
