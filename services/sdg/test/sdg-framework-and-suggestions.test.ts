import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, postGraphql, startTestSubgraph, type TestSubgraphOf } from '@msp-atlas/test-harness';
import { sdgSubgraph } from '../src/index.js';

let gatewaySecret: string;

const FRENCH_WATER =
  "Le partenariat apporte l'eau potable aux villages ruraux : forages, réseaux de distribution d'eau et latrines dans les écoles, pour un accès universel à l'eau et à l'assainissement.";
const GERMAN_WATER =
  'Die Partnerschaft versorgt ländliche Gemeinden mit sauberem Trinkwasser: Brunnen, Wasserleitungen und Toiletten in Schulen, für einen allgemeinen Zugang zu Wasser und Sanitärversorgung.';

describe('SDG framework and suggestions', () => {
  let subgraph: TestSubgraphOf<typeof sdgSubgraph>;
  let service: Awaited<ReturnType<typeof sdgSubgraph.start>>;
  const post = (query: string, variables: Record<string, unknown> = {}) => postGraphql(service.url, query, variables, { gatewaySecret });

  beforeAll(async () => {
    subgraph = await startTestSubgraph(sdgSubgraph);
    ({ service, gatewaySecret } = subgraph);
  });
  afterAll(async () => {
    await subgraph?.close();
  });

  it('has 17 goals, 169 targets and 248 indicator listings, each target and indicator linked to its parent', async () => {
    const { data, errors } = await post('{ sdgGoals { code targets { code goal { code } indicators { code target { code } } } } }');
    expect(errors).toBeUndefined();
    const targets = data.sdgGoals.flatMap((goal: any) => goal.targets.map((target: any) => ({ ...target, parent: goal.code })));
    const indicators = targets.flatMap((target: any) => target.indicators.map((indicator: any) => ({ ...indicator, parent: target.code })));
    expect([data.sdgGoals.length, targets.length, indicators.length]).toEqual([17, 169, 248]);
    for (const target of targets) expect(target.goal.code).toBe(target.parent);
    for (const indicator of indicators) expect(indicator.target.code).toBe(indicator.parent);
  });

  it('takes lang as a language code, with locale still working, and refuses unknown languages with the field', async () => {
    const { data, errors } = await post(
      `{ sdgGoal(code: "6") { fr: shortTitle(lang: "fr") de: shortTitle(lang: "de-CH") legacy: shortTitle(locale: ES) }
         sdgTarget(code: "6.1") { title(lang: "FR") } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.sdgGoal).toEqual({ fr: 'Eau propre et assainissement', de: 'Sauberes Wasser und Sanitärversorgung', legacy: 'Agua Limpia y Saneamiento' });
    expect(data.sdgTarget.title).toMatch(/^D’ici à 2030/);
    expect(errorOf(await post('{ sdgGoal(code: "6") { title(lang: "xx") } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lang' });
  });

  it('refuses malformed codes with the field, and answers null for well-formed codes the framework lacks', async () => {
    for (const query of ['{ sdgGoal(code: "six") { code } }', '{ sdgTarget(code: "6") { code } }', '{ sdgIndicator(code: "6.1") { code } }']) {
      expect(errorOf(await post(query))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    }
    const { data } = await post('{ sdgGoal(code: "18") { code } sdgTarget(code: "6.9") { code } }');
    expect(data).toEqual({ sdgGoal: null, sdgTarget: null });
  });

  const SUGGEST = `query($text: String!, $lang: String) { suggestSdgAlignment(text: $text, lang: $lang) {
    goal { code } target { code goal { code } } score evidence { phrase start end source sourceCode matched field } } }`;

  it('suggests goals and targets with the evidence placed in the text', async () => {
    const text = 'We bring safe and affordable drinking water and sanitation to rural households.';
    const { data, errors } = await post(SUGGEST, { text });
    expect(errors).toBeUndefined();
    expect(data.suggestSdgAlignment.length).toBeGreaterThan(0);
    expect(data.suggestSdgAlignment[0].goal.code).toBe('6');
    for (const suggestion of data.suggestSdgAlignment) {
      expect(suggestion.evidence.length).toBeGreaterThan(0);
      if (suggestion.target) expect(suggestion.target.goal.code).toBe(suggestion.goal.code);
      for (const evidence of suggestion.evidence) {
        expect(text.slice(evidence.start, evidence.end).toLowerCase()).toBe(evidence.phrase.toLowerCase());
        expect(evidence.field).toBeNull();
      }
    }
  });

  it.each([
    ['French', FRENCH_WATER, 'fr'],
    ['German', GERMAN_WATER, 'de'],
  ])('gives goal 6 for a %s description of a water project', async (_language, text, lang) => {
    const { data, errors } = await post(SUGGEST, { text, lang });
    expect(errors).toBeUndefined();
    expect(data.suggestSdgAlignment[0]?.goal.code).toBe('6');
  });

  it('refuses empty or oversized text and unknown languages, naming the field', async () => {
    expect(errorOf(await post(SUGGEST, { text: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    // 60,000 characters of two bytes each: under the platform's character limit, over 100 KB.
    expect(errorOf(await post(SUGGEST, { text: 'é'.repeat(60_000) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(errorOf(await post(SUGGEST, { text: 'x'.repeat(100_001) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(errorOf(await post(SUGGEST, { text: 'clean water', lang: 'klingon' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lang' });
  });
});
