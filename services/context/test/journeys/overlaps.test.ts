import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvents, runEventLogCommand } from '@msp-atlas/events';
import { fixtureEvent } from '@msp-atlas/event-contracts/fixtures';
import { contextSubgraph, PARTNERSHIP_INDEX_CONSUMER } from '../../src/index.js';
import { dataOf, errorOf, waitFor } from '@msp-atlas/test-harness';
import { sql } from 'kysely';
import {
  checkOverlaps,
  indexCaughtUp,
  kisumuWater,
  OVERLAP_FIELDS_WITH_ORGANIZATIONS,
  overlapsOf,
  peruReading,
  type Platform,
  registerOrganization,
  registerPartnership,
  startPlatform,
} from '@msp-atlas/gateway/testing';
import { contextSnapshot } from './context-snapshot.js';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform.stop());

const UPDATE = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { id version } } }`;

async function update(id: string, version: number, changes: Record<string, unknown>) {
  return dataOf(await platform.member.graphql(UPDATE, { input: { id, expectedVersion: version, ...changes } })).updatePartnership.partnership;
}

const byId = (overlaps: any[], id: string) => overlaps.find((overlap) => overlap.partnership.id === id);

/** The SDG service's latest alignment version of a partnership, once it has read the partnership's first version. */
async function sdgAlignmentVersion(partnershipId: string): Promise<number> {
  await waitFor(async () => {
    const data = dataOf(await platform.graphql(`query($id: ID!) { partnership(id: $id) { sdgAlignment { partnershipVersion } } }`, { id: partnershipId }));
    return data.partnership.sdgAlignment?.partnershipVersion === 1;
  });
  const row = await sql<{ version: number | null }>`
    select max(aggregate_version) as version from event_log.events
    where aggregate_type = 'SdgAlignment' and aggregate_id = ${partnershipId}`.execute(platform.dbs.context);
  return Number(row.rows[0]?.version ?? 0);
}

/**
 * Waits until the SDG service has read these partnerships and the context index has taken in everything:
 * the SDG service publishes its reading a moment after a registration, and that event would otherwise
 * land between two snapshots of the event log.
 */
async function settled(partnershipIds: string[]): Promise<void> {
  for (const id of partnershipIds) await sdgAlignmentVersion(id);
  await indexCaughtUp(platform.member.graphql);
}

describe('Partnership.overlaps', () => {
  it('lists the initiative doing the same in the same place, with its kind and readable reasons, and not an unrelated one', async () => {
    const first = await registerPartnership(platform.member.graphql, kisumuWater());
    const second = await registerPartnership(
      platform.member.graphql,
      kisumuWater({ description: 'Boreholes and hand pumps for safe drinking water in Kisumu, maintained by trained water user committees.' }),
    );
    const unrelated = await registerPartnership(platform.member.graphql, peruReading());
    await indexCaughtUp(platform.member.graphql);

    const overlaps = await overlapsOf(platform.member.graphql, first.id);
    const overlap = byId(overlaps, second.id);
    expect(overlap).toMatchObject({ kind: 'OVERLAP', past: false, partnership: { id: second.id, name: second.name } });
    expect(overlap.score).toBeGreaterThan(0.3);
    expect(overlap.score).toBeLessThanOrEqual(1);
    const reasons = Object.fromEntries(overlap.reasons.map((reason: any) => [reason.kind, reason]));
    expect(reasons.SHARED_TARGETS).toMatchObject({ codes: ['6.1', '6.b'], text: 'Both serve SDG targets 6.1, 6.b' });
    expect(reasons.SHARED_COUNTRIES.codes).toEqual(['KEN']);
    expect(reasons.MATCHING_TEXT.passage).toMatch(/Kisumu/);
    expect(byId(overlaps, unrelated.id)).toBeUndefined();
    expect(await overlapsOf(platform.member.graphql, unrelated.id)).not.toContainEqual(
      expect.objectContaining({ partnership: expect.objectContaining({ id: first.id }) }),
    );
  });

  it('calls the same initiative registered twice, with shared partners, a DUPLICATE and names the shared organisations', async () => {
    const [utility, ngo, ministry] = await Promise.all(
      ['Lake Basin Water Utility', 'Kisumu WASH Network', 'County Water Office'].map((name) => registerOrganization(platform.member.graphql, { name })),
    );
    const original = await registerPartnership(
      platform.member.graphql,
      kisumuWater({
        name: 'Lake Victoria Water Compact Kisumu',
        startDate: '2011-03-01',
        stakeholders: [
          { organizationId: utility!.id, roles: ['INITIATOR', 'CORE_GROUP'] },
          { organizationId: ngo!.id, roles: ['IMPLEMENTER'] },
          { organizationId: ministry!.id, roles: ['MEMBER'] },
        ],
      }),
    );
    const again = await registerPartnership(
      platform.member.graphql,
      kisumuWater({
        name: 'Kisumu Lake Victoria Water Compact',
        description: 'Water user committees, pump mechanics and the district water office keep the hand pumps of Kisumu working under a service agreement.',
        startDate: '2011-04-15',
        stakeholders: [
          { organizationId: ngo!.id, roles: ['INITIATOR', 'CORE_GROUP'] },
          { organizationId: utility!.id, roles: ['MEMBER'] },
          { organizationId: ministry!.id, roles: ['MEMBER'] },
        ],
      }),
    );
    await indexCaughtUp(platform.member.graphql);
    const duplicate = byId(await overlapsOf(platform.member.graphql, again.id, 5, OVERLAP_FIELDS_WITH_ORGANIZATIONS), original.id);
    expect(duplicate.kind).toBe('DUPLICATE');
    const shared = duplicate.reasons.find((reason: any) => reason.kind === 'SHARED_ORGANIZATIONS');
    expect(shared.organizations.map((organization: any) => organization.name).sort()).toEqual([
      'County Water Office',
      'Kisumu WASH Network',
      'Lake Basin Water Utility',
    ]);
    expect(duplicate.reasons.map((reason: any) => reason.kind)).toContain('CLOSE_START_DATE');

    // The health check's signals, one gateway query for both: the duplicate is counted on each side.
    await settled([original.id, again.id]);
    const SIGNALS = `query($a: ID!, $b: ID!) { a: partnership(id: $a) { ...signals } b: partnership(id: $b) { ...signals } }
      fragment signals on Partnership { id overlapHealthSignal { overlaps duplicates strongestScore computedAt }
        sdgHealthSignal { partnershipVersion declaredTargets } learningHealthSignal { publishedLessons lastPublishedOn } }`;
    const signals = dataOf(await platform.graphql(SIGNALS, { a: original.id, b: again.id }));
    for (const partnership of [signals.a, signals.b]) {
      expect(partnership.overlapHealthSignal.duplicates).toBeGreaterThanOrEqual(1);
      expect(partnership.overlapHealthSignal.overlaps).toBeGreaterThanOrEqual(partnership.overlapHealthSignal.duplicates);
      expect(partnership.overlapHealthSignal.strongestScore).toBeGreaterThanOrEqual(Math.round(duplicate.score * 100) / 100 - 0.005);
      expect(partnership.sdgHealthSignal).toMatchObject({ partnershipVersion: 1, declaredTargets: 2 });
      expect(partnership.learningHealthSignal).toEqual({ publishedLessons: 0, lastPublishedOn: null });
    }
  });

  it('follows an edit of the description and countries once the event is consumed', async () => {
    const anchor = await registerPartnership(platform.member.graphql, kisumuWater());
    const moving = await registerPartnership(platform.member.graphql, kisumuWater());
    await indexCaughtUp(platform.member.graphql);
    expect(byId(await overlapsOf(platform.member.graphql, anchor.id), moving.id)?.kind).toBe('OVERLAP');

    await update(moving.id, 1, {
      scope: 'NATIONAL',
      countries: ['PER'],
      description: 'Most pupils in Peru cannot read a simple text by the end of second grade; teachers are coached in structured pedagogy.',
    });
    await indexCaughtUp(platform.member.graphql);
    const after = byId(await overlapsOf(platform.member.graphql, anchor.id), moving.id);
    // Still on the same targets, but elsewhere and about something else now: no longer an overlap.
    expect(after?.kind ?? 'GONE').not.toBe('OVERLAP');
    expect(after?.reasons.map((reason: any) => reason.kind) ?? []).not.toContain('SHARED_COUNTRIES');
  });

  it('leaves a partnership set inactive out of the OVERLAP results of others, showing it as a past initiative', async () => {
    const anchor = await registerPartnership(platform.member.graphql, kisumuWater());
    const ending = await registerPartnership(platform.member.graphql, kisumuWater());
    await update(ending.id, 1, { status: 'INACTIVE' });
    await indexCaughtUp(platform.member.graphql);
    const past = byId(await overlapsOf(platform.member.graphql, anchor.id), ending.id);
    expect(past).toMatchObject({ past: true, kind: 'COMPLEMENTARY', partnership: { status: 'INACTIVE' } });
    expect(past.reasons.find((reason: any) => reason.kind === 'PAST_INITIATIVE').codes).toEqual(['INACTIVE']);
  });

  it("adds the SDG service's suggested targets to what is compared", async () => {
    const declared = await registerPartnership(platform.member.graphql, peruReading({ sdgTargets: ['4.1', '14.1'] }));
    const other = await registerPartnership(platform.member.graphql, peruReading({ sdgTargets: ['4.1'] }));
    // The SDG service's own reading of the school text first (it suggests no ocean target).
    const sdgVersion = await sdgAlignmentVersion(other.id);
    await indexCaughtUp(platform.member.graphql);
    const sharedBefore = byId(await overlapsOf(platform.member.graphql, declared.id), other.id).reasons.find((reason: any) => reason.kind === 'SHARED_TARGETS');
    expect(sharedBefore.codes).toContain('4.1');
    expect(sharedBefore.codes).not.toContain('14.1');

    // A later reading that evidences 14.1 in the other's text: now both serve it.
    await platform.dbs.context.transaction().execute((trx) =>
      appendEvents(trx, 'sdg', [
        fixtureEvent(
          'SdgAlignmentChanged',
          {
            partnershipId: other.id,
            partnershipVersion: 1,
            declaredTargets: ['4.1'],
            suggestedTargets: [{ target: '14.1', score: 0.7 }],
            suggestedGoals: [4, 14],
          },
          { aggregateId: other.id, aggregateVersion: sdgVersion + 1 },
        ),
      ]),
    );
    await indexCaughtUp(platform.member.graphql);
    const sharedAfter = byId(await overlapsOf(platform.member.graphql, declared.id), other.id).reasons.find((reason: any) => reason.kind === 'SHARED_TARGETS');
    expect(sharedAfter.codes).toEqual(['4.1', '14.1']);
  });

  it('gives the same results after the index is rebuilt from zero', async () => {
    const ids = [];
    for (let index = 0; index < 4; index++) ids.push((await registerPartnership(platform.member.graphql, kisumuWater())).id);
    await settled(ids);
    // The summariser recounts neighbours in batches after the queue looked empty: wait until its output stands still.
    let snapshotBefore = await contextSnapshot(platform.dbs.context);
    await waitFor(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const now = await contextSnapshot(platform.dbs.context);
      const still = JSON.stringify(now) === JSON.stringify(snapshotBefore);
      snapshotBefore = now;
      return still;
    }, 30_000);
    const before = await Promise.all(ids.map((id) => overlapsOf(platform.member.graphql, id, 20)));

    const code = await runEventLogCommand(
      ['replay', PARTNERSHIP_INDEX_CONSUMER],
      [{ db: platform.dbs.context, consumers: contextSubgraph.eventConsumerDefinitions }],
      () => {},
    );
    expect(code).toBe(0);
    await indexCaughtUp(platform.member.graphql);
    expect(await contextSnapshot(platform.dbs.context)).toEqual(snapshotBefore);
    expect(await Promise.all(ids.map((id) => overlapsOf(platform.member.graphql, id, 20)))).toEqual(before);
    expect(before[0]!.length).toBeGreaterThan(0);
  });

  it('refuses first above the cap with BAD_USER_INPUT naming the field', async () => {
    const partnership = await registerPartnership(platform.member.graphql, kisumuWater());
    const response = await platform.member.graphql(`query($id: ID!) { partnership(id: $id) { overlaps(first: 51) { score } } }`, { id: partnership.id });
    expect(errorOf(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('checkOverlaps', () => {
  it('finds the registered initiatives like a draft and stores nothing', async () => {
    const registered = await registerPartnership(platform.member.graphql, kisumuWater());
    await settled([registered.id]);
    const before = await contextSnapshot(platform.dbs.context);
    const draft = {
      name: 'Kisumu Safe Water Partnership',
      summary: 'Safe drinking water for households in Kisumu',
      description: 'Many hand pumps in Kisumu stand broken for months; water user committees and pump mechanics will keep them working.',
      scope: 'LOCAL',
      countries: ['KEN'],
      sdgTargets: ['6.1'],
      stakeholders: [{ organizationName: 'A new water NGO', roles: ['INITIATOR'] }],
    };
    const overlaps = dataOf(await checkOverlaps(platform.member.graphql, draft)).checkOverlaps;
    expect(byId(overlaps, registered.id)).toMatchObject({ kind: 'OVERLAP', partnership: { name: registered.name } });
    expect(await contextSnapshot(platform.dbs.context)).toEqual(before);
  });

  it('finds a draft naming a registered organisation by name', async () => {
    const organization = await registerOrganization(platform.member.graphql, { name: 'Nyanza Pump Mechanics Guild' });
    const registered = await registerPartnership(
      platform.member.graphql,
      kisumuWater({ stakeholders: [{ organizationId: organization.id, roles: ['INITIATOR'] }] }),
    );
    // Settled, so that no later SDG reading lands in the event log while the next tests compare snapshots.
    await settled([registered.id]);
    const overlaps = dataOf(
      await checkOverlaps(
        platform.member.graphql,
        { name: 'Pumps', countries: ['KEN'], sdgTargets: ['6.1'], stakeholders: [{ organizationName: 'nyanza pump mechanics guild' }] },
        15,
      ),
    ).checkOverlaps;
    expect(byId(overlaps, registered.id).reasons.map((reason: any) => reason.kind)).toContain('SHARED_ORGANIZATIONS');
  });

  it.each([
    ['an empty draft', {}, 10, 'draft'],
    ['a draft of blanks', { name: '  ', countries: [], objectives: [''] }, 10, 'draft'],
    ['an unknown country', { name: 'Water', countries: ['KEN', 'XXX'] }, 10, 'draft.countries[1]'],
    ['an unknown SDG target', { name: 'Water', sdgTargets: ['6.1', '6.99'] }, 10, 'draft.sdgTargets[1]'],
    ['an unknown sector', { name: 'Water', sectors: ['999'] }, 10, 'draft.sectors[0]'],
    ['an unknown region', { name: 'Water', regions: ['99999'] }, 10, 'draft.regions[0]'],
    ['an unknown scope', { name: 'Water', scope: 'PLANETARY' }, 10, 'draft.scope'],
    ['an unknown role', { name: 'Water', stakeholders: [{ organizationName: 'X', roles: ['KING'] }] }, 10, 'draft.stakeholders[0].roles[0]'],
    ['an organisation id that is no id', { name: 'Water', stakeholders: [{ organizationId: 'nope' }] }, 10, 'draft.stakeholders[0].organizationId'],
    ['first above the cap', { name: 'Water' }, 51, 'first'],
    ['first below one', { name: 'Water' }, 0, 'first'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, draft, first, field) => {
    const before = await contextSnapshot(platform.dbs.context);
    const error = errorOf(await checkOverlaps(platform.member.graphql, draft, first, 'score'));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await contextSnapshot(platform.dbs.context)).toEqual(before);
  });
});
