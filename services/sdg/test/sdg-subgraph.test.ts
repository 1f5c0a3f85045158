import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@msp-atlas/db';
import { startTestSubgraph, type TestSubgraphOf } from '@msp-atlas/test-harness';
import { sdgSubgraph, type SdgDb } from '../src/index.js';
import { postGraphql } from '@msp-atlas/test-harness';

let gatewaySecret: string;

describe('sdg subgraph', () => {
  let subgraph: TestSubgraphOf<typeof sdgSubgraph>;
  let db: SdgDb;
  let service: Awaited<ReturnType<typeof sdgSubgraph.start>>;
  // Signed as the gateway signs: the subgraph refuses anything else.
  const signedPost = (query: string, variables: Record<string, unknown> = {}) => postGraphql(service.url, query, variables, { gatewaySecret });

  beforeAll(async () => {
    subgraph = await startTestSubgraph(sdgSubgraph, { runConsumers: true });
    ({ db, service, gatewaySecret } = subgraph);
  });
  afterAll(async () => {
    await subgraph?.close();
  });

  it('creates its own schema and the event log, and migrates idempotently', async () => {
    await sdgSubgraph.migrate(db);
    const { rows } = await sql<{ schema_name: string }>`
      select schema_name from information_schema.schemata
      where schema_name in ('sdg', 'event_log') order by schema_name`.execute(db);
    expect(rows.map((row) => row.schema_name)).toEqual(['event_log', 'sdg']);
  });

  it('lists the 17 goals in order with colours and their targets', async () => {
    const { data, errors } = await signedPost('{ sdgGoals { code number color shortTitle targets { code } } }');
    expect(errors).toBeUndefined();
    expect(data.sdgGoals).toHaveLength(17);
    expect(data.sdgGoals.map((goal: { code: string }) => goal.code)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    const water = data.sdgGoals[5];
    expect(water).toMatchObject({ code: '6', number: 6, color: '#26BDE2', shortTitle: 'Clean water and sanitation' });
    expect(water.targets.map((target: { code: string }) => target.code)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.a', '6.b']);
  });

  it('gives titles in the asked language, English by default', async () => {
    const { data } = await signedPost(
      `{ sdgGoal(code: "6") { en: shortTitle fr: shortTitle(locale: FR) de: shortTitle(locale: DE) es: title(locale: ES) }
         sdgTarget(code: "6.1") { title(locale: null) fr: title(locale: FR) } }`,
    );
    expect(data.sdgGoal).toEqual({
      en: 'Clean water and sanitation',
      fr: 'Eau propre et assainissement',
      de: 'Sauberes Wasser und Sanitärversorgung',
      es: 'Garantizar la disponibilidad y la gestión sostenible del agua y el saneamiento para todos',
    });
    expect(data.sdgTarget.title).toMatch(/^By 2030, achieve universal and equitable access to safe and affordable drinking water/);
    expect(data.sdgTarget.fr).toMatch(/^D’ici à 2030/);
  });

  it('links goals, targets and indicators both ways', async () => {
    const { data, errors } = await signedPost(
      `{ sdgTarget(code: "6.a") { code goal { code } indicators { code target { code } } }
         sdgIndicator(code: "11.5.1") { code uniqueIndicatorId title target { code goal { number } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.sdgTarget).toEqual({ code: '6.a', goal: { code: '6' }, indicators: [{ code: '6.a.1', target: { code: '6.a' } }] });
    // 11.5.1 repeats 1.5.1 (and 13.1.1): the first listing's code identifies the indicator.
    expect(data.sdgIndicator).toMatchObject({ code: '11.5.1', uniqueIndicatorId: '1.5.1', target: { code: '11.5', goal: { number: 11 } } });
    expect(data.sdgIndicator.title).toMatch(/disasters/);
  });

  it('answers null for well-formed codes the framework lacks', async () => {
    const { data, errors } = await signedPost('{ sdgGoal(code: "18") { code } sdgTarget(code: "6.9") { code } sdgIndicator(code: "1.a.3") { code } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ sdgGoal: null, sdgTarget: null, sdgIndicator: null });
  });

  it('resolves entity references for the gateway', async () => {
    const { data, errors } = await signedPost(
      `query($r: [_Any!]!) { _entities(representations: $r) {
         ... on SdgTarget { code title }
         ... on SdgGoal { code shortTitle(locale: ES) }
         ... on SdgIndicator { code target { code } } } }`,
      {
        r: [
          { __typename: 'SdgTarget', code: '6.1' },
          { __typename: 'SdgGoal', code: '13' },
          { __typename: 'SdgIndicator', code: '6.1.1' },
          { __typename: 'SdgTarget', code: '6.9' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data._entities[0]).toMatchObject({ code: '6.1' });
    expect(data._entities[0].title).toMatch(/^By 2030, achieve universal and equitable access/);
    expect(data._entities[1]).toEqual({ code: '13', shortTitle: 'Acción por el Clima' });
    expect(data._entities[2]).toEqual({ code: '6.1.1', target: { code: '6.1' } });
    expect(data._entities[3]).toBeNull();
  });

  it('prints a Federation 2 subgraph SDL with the three entities keyed by code', async () => {
    const { data } = await signedPost('{ _service { sdl } }');
    for (const type of ['SdgGoal', 'SdgTarget', 'SdgIndicator']) {
      expect(data._service.sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "code"\\)`));
    }
  });
});
