import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { readEvents, replayConsumer, type EventConsumer } from '@msp-atlas/events';
import { accountIdentity } from '@msp-atlas/gateway-trust';
import { createLogger } from '@msp-atlas/service-runtime';
import { errorOf, postGraphql, startTestSubgraph, type TestSubgraphOf } from '@msp-atlas/test-harness';
import { sdgSignalFromAlignment } from '@msp-atlas/partnership-health';
import { sdgAlignmentConsumer } from '../src/alignment/alignment-consumer.js';
import { createSdgAlignmentConsumer, sdgSubgraph, type SdgDb } from '../src/index.js';
import { appendCommitted, catchUp, partnershipEvent, WATER_DESCRIPTION } from './sdg-events.js';

let gatewaySecret: string;

const ALIGNMENT = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Partnership { id sdgAlignment {
  partnershipVersion declaredTargets { code } goals { code color }
  targets { target { code } goal { code } agreement declared score evidence { phrase field start end source sourceCode } }
  suggestions { goal { code } target { code } score evidence { phrase field start end } }
  verdict { code targets { code } text } } } } }`;

describe('SDG alignment projection', () => {
  const logger = createLogger('sdg', 'silent');
  let subgraph: TestSubgraphOf<typeof sdgSubgraph>;
  let db: SdgDb;
  let consumer: EventConsumer;
  let service: Awaited<ReturnType<typeof sdgSubgraph.start>>;
  const post = (query: string, variables: Record<string, unknown> = {}, accountId?: string) =>
    postGraphql(service.url, query, variables, { gatewaySecret, ...(accountId ? { identity: accountIdentity(accountId) } : {}) });
  const alignmentOf = async (id: string, accountId?: string) => {
    const response = await post(ALIGNMENT, { r: [{ __typename: 'Partnership', id }] }, accountId);
    expect(response.errors).toBeUndefined();
    return response.data._entities[0].sdgAlignment;
  };
  const alignmentEvents = async () => (await readEvents(db, null, 1000)).events.filter((event) => event.type === 'SdgAlignmentChanged');

  beforeAll(async () => {
    subgraph = await startTestSubgraph(sdgSubgraph);
    ({ db, service, gatewaySecret } = subgraph);
  });
  beforeEach(async () => {
    await sql`truncate event_log.events, event_log.consumer_cursors, event_log.dead_letters,
      sdg.partnership_alignment, sdg.partnership_target, sdg.partnership_stakeholder, sdg.published_alignment, sdg.suggestion_dismissal
      restart identity cascade`.execute(db);
    consumer = createSdgAlignmentConsumer({ db, logger });
  });
  afterAll(async () => {
    await subgraph?.close();
  });

  it('reads declared targets and the text, and suggests targets with evidence placed in the record', async () => {
    const id = randomUUID();
    await appendCommitted(db, [partnershipEvent(id, 1, { name: 'Kibera Alliance', description: WATER_DESCRIPTION, sdgTargets: ['6.1', '13.1'] })]);
    await catchUp(consumer);

    const alignment = await alignmentOf(id);
    expect(alignment.partnershipVersion).toBe(1);
    expect(alignment.declaredTargets.map((t: { code: string }) => t.code)).toEqual(['6.1', '13.1']);
    const byTarget = new Map<string, any>(alignment.targets.map((t: any) => [t.target.code, t]));
    expect(byTarget.get('6.1')).toMatchObject({ agreement: 'CONFIRMED', declared: true, goal: { code: '6' } });
    expect(byTarget.get('13.1')).toMatchObject({ agreement: 'DECLARED_NOT_EVIDENCED', declared: true, score: null, evidence: [] });
    // Every piece of evidence names its field and its place there.
    for (const target of alignment.targets) {
      for (const evidence of target.evidence) {
        expect(evidence.field).toBe('DESCRIPTION');
        expect(WATER_DESCRIPTION.slice(evidence.start, evidence.end).toLowerCase()).toBe(evidence.phrase.toLowerCase());
      }
    }
    expect(byTarget.get('6.1').evidence.length).toBeGreaterThan(0);
    expect(alignment.goals).toContainEqual({ code: '6', color: '#26BDE2' });
    expect(['EVIDENCE_DECLARED', 'REVIEW_BOTH']).toContain(alignment.verdict.code);
    expect(alignment.verdict.targets.map((t: { code: string }) => t.code)).toContain('13.1');
    // Suggestions leave out what is declared.
    expect(alignment.suggestions.every((s: { target: { code: string } | null }) => s.target?.code !== '6.1')).toBe(true);
  });

  it('publishes SdgAlignmentChanged with its own versions, and moves when a description change is consumed', async () => {
    const id = randomUUID();
    await appendCommitted(db, [partnershipEvent(id, 1, { name: 'Kibera Alliance', description: '', sdgTargets: ['6.1'] })]);
    await catchUp(consumer);
    const before = await alignmentOf(id);
    expect(before.targets).toEqual([expect.objectContaining({ target: { code: '6.1' }, agreement: 'DECLARED_NOT_EVIDENCED', evidence: [] })]);
    expect(before.verdict.code).toBe('EVIDENCE_DECLARED');

    await appendCommitted(db, [partnershipEvent(id, 2, { name: 'Kibera Alliance', description: WATER_DESCRIPTION, sdgTargets: ['6.1'] })]);
    await catchUp(consumer);
    const after = await alignmentOf(id);
    expect(after.partnershipVersion).toBe(2);
    expect(after.targets.find((t: { target: { code: string } }) => t.target.code === '6.1').agreement).toBe('CONFIRMED');

    const published = await alignmentEvents();
    expect(published.map((e) => [e.aggregateType, e.aggregateId, e.aggregateVersion, e.source])).toEqual([
      ['SdgAlignment', id, 1, 'sdg'],
      ['SdgAlignment', id, 2, 'sdg'],
    ]);
    expect(published[1]!.payload).toMatchObject({ partnershipId: id, partnershipVersion: 2, declaredTargets: ['6.1'] });
    expect((published[1]!.payload as { suggestedTargets: { target: string }[] }).suggestedTargets.map((s) => s.target)).toContain('6.1');
  });

  it('ignores older and repeated events, and publishes nothing when the reading stays the same', async () => {
    const id = randomUUID();
    const text = { name: 'Kibera Alliance', description: WATER_DESCRIPTION, sdgTargets: ['6.1'] };
    await appendCommitted(db, [partnershipEvent(id, 2, text)]);
    await appendCommitted(db, [partnershipEvent(id, 1, { ...text, sdgTargets: ['1.1'] })]);
    // A phase change: the record moves on, the reading does not.
    await appendCommitted(db, [partnershipEvent(id, 3, { ...text, phase: 'DESIGN' })]);
    await catchUp(consumer);
    const alignment = await alignmentOf(id);
    expect(alignment.partnershipVersion).toBe(3);
    expect(alignment.declaredTargets).toEqual([{ code: '6.1' }]);
    expect((await alignmentEvents()).map((e) => e.aggregateVersion)).toEqual([1]);
  });

  it('rebuilds on replay without publishing the same reading again', async () => {
    const id = randomUUID();
    await appendCommitted(db, [partnershipEvent(id, 1, { description: WATER_DESCRIPTION })]);
    await catchUp(consumer);
    const before = await alignmentOf(id);
    await replayConsumer(db, sdgAlignmentConsumer);
    expect(await alignmentOf(id)).toBeNull();
    await catchUp(consumer);
    expect(await alignmentOf(id)).toEqual(before);
    expect((await alignmentEvents()).map((e) => e.aggregateVersion)).toEqual([1]);
  });

  it('gives the health signal of many partnerships at once, from the same figures as their latest SdgAlignmentChanged', async () => {
    const [watered, bare, unread] = [randomUUID(), randomUUID(), randomUUID()];
    const water = { name: 'Kibera Alliance', description: WATER_DESCRIPTION, sdgTargets: ['6.1', '13.1'] };
    await appendCommitted(db, [
      partnershipEvent(watered, 1, water),
      partnershipEvent(bare, 1, { name: 'Kibera Alliance', description: '', sdgTargets: ['6.1'] }),
    ]);
    // A phase change moves the record on but not the reading: no new event, so the signal keeps version 1.
    await appendCommitted(db, [partnershipEvent(watered, 2, { ...water, phase: 'DESIGN' })]);
    await catchUp(consumer);

    const signalsOf = async () => {
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Partnership { id sdgHealthSignal {
        partnershipVersion declaredTargets evidencedDeclaredTargets suggestedUndeclaredTargets } } } }`;
      const response = await post(query, { r: [watered, bare, unread].map((id) => ({ __typename: 'Partnership', id })) });
      expect(response.errors).toBeUndefined();
      return new Map<string, unknown>(response.data._entities.map((e: { id: string; sdgHealthSignal: unknown }) => [e.id, e.sdgHealthSignal]));
    };
    const signals = await signalsOf();
    const latestEvents = new Map((await alignmentEvents()).map((event) => [event.aggregateId, event.payload as any]));
    for (const id of [watered, bare]) {
      const { partnershipVersion, declaredTargets, suggestedTargets } = latestEvents.get(id);
      expect(signals.get(id)).toEqual(sdgSignalFromAlignment({ partnershipVersion, declaredTargets, suggestedTargets }));
    }
    expect(signals.get(watered)).toMatchObject({ partnershipVersion: 1, declaredTargets: 2, evidencedDeclaredTargets: 1 });
    expect(signals.get(bare)).toMatchObject({ partnershipVersion: 1, declaredTargets: 1, evidencedDeclaredTargets: 0 });
    expect(signals.get(unread)).toBeNull();

    // A replay publishes nothing new, so the signal stays what the events said.
    await replayConsumer(db, sdgAlignmentConsumer);
    await catchUp(consumer);
    expect(await signalsOf()).toEqual(signals);
  });

  it('lets a signed-in viewer dismiss a suggestion for themselves, and refuses bad input', async () => {
    const id = randomUUID();
    await appendCommitted(db, [partnershipEvent(id, 1, { name: 'Kibera Alliance', description: WATER_DESCRIPTION, sdgTargets: [] })]);
    await catchUp(consumer);
    const suggested = (await alignmentOf(id, 'acct-a')).suggestions.filter((s: { target: unknown }) => s.target);
    expect(suggested.length).toBeGreaterThan(0);
    const target = suggested[0].target.code;

    const dismiss = `mutation($input: DismissSdgSuggestionInput!) { dismissSdgSuggestion(input: $input) { partnership { id } } }`;
    expect(errorOf(await post(dismiss, { input: { partnershipId: id, target } })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await post(dismiss, { input: { partnershipId: id, target: '6.99x' } }, 'acct-a'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.target',
    });
    expect(errorOf(await post(dismiss, { input: { partnershipId: id, target: '6.9' } }, 'acct-a'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.target',
    });
    expect(errorOf(await post(dismiss, { input: { partnershipId: 'nope', target } }, 'acct-a'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.partnershipId',
    });

    const { data } = await post(dismiss, { input: { partnershipId: id, target } }, 'acct-a');
    expect(data.dismissSdgSuggestion.partnership).toEqual({ id });
    const codes = (alignment: { suggestions: { target: { code: string } | null }[] }) => alignment.suggestions.map((s) => s.target?.code);
    expect(codes(await alignmentOf(id, 'acct-a'))).not.toContain(target);
    expect(codes(await alignmentOf(id, 'acct-b'))).toContain(target);
  });
});
