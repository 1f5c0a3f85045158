import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { registerPartnership, sharedPlatform, type SharedPlatform } from '@msp-atlas/gateway/testing';
import { registrySnapshot } from './registry-snapshot.js';

let platform: SharedPlatform;
beforeAll(async () => {
  platform = await sharedPlatform();
});

const SUBMIT = `mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) {
  partnership { version progressReportOverdue } progressReport { periodStart periodEnd reportedOn summary indicatorValues { indicatorId value } } } }`;
const CHANGE_PHASE = `mutation($input: ChangePhaseInput!) { changePhase(input: $input) { partnership { progressReportOverdue } } }`;

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

describe('progress reports', () => {
  it('stores a report with indicator values', async () => {
    const partnership = await registerPartnership(platform.member.graphql, { indicators: [{ name: 'Wells', unit: 'count' }] });
    const indicatorId = partnership.indicators[0].id;
    const submitted = dataOf(
      await platform.member.graphql(SUBMIT, {
        input: {
          partnershipId: partnership.id,
          expectedVersion: 1,
          periodStart: '2025-01-01',
          periodEnd: '2025-12-31',
          reportedOn: '2026-01-15',
          summary: '12 wells built',
          indicatorValues: [{ indicatorId, value: 12 }],
        },
      }),
    ).submitProgressReport;
    expect(submitted.partnership.version).toBe(2);
    expect(submitted.progressReport).toEqual({
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      reportedOn: '2026-01-15',
      summary: '12 wells built',
      indicatorValues: [{ indicatorId, value: 12 }],
    });
  });

  it('flags a partnership in implementation that has not reported for 12 months', async () => {
    const partnership = await registerPartnership(platform.member.graphql, { startDate: isoDaysAgo(900) });
    const justStarted = dataOf(
      await platform.member.graphql(CHANGE_PHASE, {
        input: { partnershipId: partnership.id, expectedVersion: 1, phase: 'IMPLEMENTATION', changedOn: isoDaysAgo(30) },
      }),
    ).changePhase.partnership;
    expect(justStarted.progressReportOverdue).toBe(false);

    // Pretend it entered implementation long ago.
    await sql`update phase_changes set changed_on = ${isoDaysAgo(500)} where partnership_id = ${partnership.id} and to_phase = 'IMPLEMENTATION'`.execute(
      platform.dbs.partnerships,
    );
    const overdue = dataOf(await platform.member.graphql(`query($id: ID!) { partnership(id: $id) { progressReportOverdue } }`, { id: partnership.id }));
    expect(overdue.partnership.progressReportOverdue).toBe(true);

    const old = dataOf(
      await platform.member.graphql(SUBMIT, {
        input: { partnershipId: partnership.id, periodStart: isoDaysAgo(800), periodEnd: isoDaysAgo(400), reportedOn: isoDaysAgo(380), summary: 'Old report' },
      }),
    );
    expect(old.submitProgressReport.partnership.progressReportOverdue).toBe(true);
    const fresh = dataOf(
      await platform.member.graphql(SUBMIT, {
        input: { partnershipId: partnership.id, periodStart: isoDaysAgo(380), periodEnd: isoDaysAgo(20), reportedOn: isoDaysAgo(10), summary: 'New report' },
      }),
    );
    expect(fresh.submitProgressReport.partnership.progressReportOverdue).toBe(false);
  });

  it('refuses a foreign indicator, a period ending before it starts and an empty summary', async () => {
    const partnership = await registerPartnership(platform.member.graphql);
    const other = await registerPartnership(platform.member.graphql, { indicators: [{ name: 'Other' }] });
    const before = await registrySnapshot(platform.dbs.partnerships);
    const base = { partnershipId: partnership.id, periodStart: '2025-01-01', periodEnd: '2025-06-30', summary: 'ok' };
    expect(
      errorOf(await platform.member.graphql(SUBMIT, { input: { ...base, indicatorValues: [{ indicatorId: other.indicators[0].id, value: 1 }] } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.indicatorValues[0].indicatorId' });
    expect(errorOf(await platform.member.graphql(SUBMIT, { input: { ...base, periodEnd: '2024-12-31' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.periodEnd',
    });
    expect(errorOf(await platform.member.graphql(SUBMIT, { input: { ...base, summary: '  ' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.summary',
    });
    expect(await registrySnapshot(platform.dbs.partnerships)).toEqual(before);
  });
});
