import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { curatorOf, draftLesson, type Platform, publishedLesson, type SignedUpAccount, startPlatform, transition } from '@msp-atlas/gateway/testing';

let platform: Platform;
let author: SignedUpAccount;
let curator: SignedUpAccount;
const ids: Record<string, string> = {};

const SEARCH = `query($query: String, $filter: LessonFilter, $first: Int, $after: String) {
  lessons(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor score matchedText titleHtml snippetHtml node { id title language } } pageInfo { hasNextPage endCursor } } }`;
const FACETS = `query($query: String, $filter: LessonFilter) { lessonFacets(query: $query, filter: $filter) {
  totalCount phases { code count } successFactors { code count } sdgGoals { code count } sdgTargets { code count }
  kinds { code count } countries { code count } sectors { code count } languages { code count } } }`;

async function search(query: string | null, filter: Record<string, unknown> | null = null, first = 50) {
  return dataOf(await platform.graphql(SEARCH, { query, filter, first })).lessons;
}
const titles = async (query: string | null, filter: Record<string, unknown> | null = null) =>
  (await search(query, filter)).edges.map((edge: any) => edge.node.title);
/** The lessons whose text matched in their own language (others may follow through their tags). */
const textHits = async (query: string) => (await search(query)).edges.filter((edge: any) => edge.matchedText).map((edge: any) => edge.node.title);

beforeAll(async () => {
  platform = await startPlatform();
  author = await platform.signUp();
  curator = await curatorOf(platform, ['KEN', 'UGA', 'FRA', 'DEU', 'ESP', 'SEN']);
  const lessons: [string, Record<string, unknown>][] = [
    [
      'de',
      {
        title: 'Eine Partnerschaft mit den Gemeinden',
        body: 'Die Partnerschaft hat Wasserkomitees in jedem Dorf gegründet.',
        language: 'de',
        countries: ['DEU'],
        phases: ['DESIGN'],
        successFactors: ['TRUST'],
        sdgTargets: ['6.1'],
        kind: 'SUCCESS',
      },
    ],
    [
      'fr',
      {
        title: 'Le financement des forages',
        body: 'Le financement venait de trois bailleurs, ce qui a évité la dépendance.',
        language: 'fr',
        countries: ['SEN'],
        phases: ['IMPLEMENTATION'],
        successFactors: ['RESOURCES'],
        sdgTargets: ['6.1'],
        kind: 'PRACTICE',
      },
    ],
    [
      'es',
      {
        title: 'Comunidades que vigilan la calidad del agua',
        body: 'Las comunidades midieron el cloro cada semana.',
        language: 'es',
        countries: ['ESP'],
        phases: ['IMPLEMENTATION'],
        successFactors: ['RESULTS_MONITORING'],
        sdgTargets: ['6.b'],
        kind: 'TOOL',
      },
    ],
    [
      'enMoney',
      {
        title: 'Where the money for pumps came from',
        body: 'Money came from user fees and a district grant; no single funder dominated.',
        language: 'en',
        countries: ['KEN'],
        phases: ['IMPLEMENTATION'],
        successFactors: ['RESOURCES'],
        sdgTargets: ['6.1'],
        kind: 'SUCCESS',
      },
    ],
    [
      'frTagged',
      {
        title: 'Trois bailleurs plutôt qu’un',
        body: 'Nous avons réparti les contributions entre les partenaires.',
        language: 'fr',
        countries: ['FRA'],
        phases: ['DESIGN'],
        successFactors: ['RESOURCES'],
        sdgTargets: ['17.17'],
        kind: 'FAILURE',
      },
    ],
    [
      'enPhrase',
      {
        title: 'A shared coordinator for four partners',
        body: 'The partners hired a shared coordinator; later the coordinator left and nobody replaced her.',
        language: 'en',
        countries: ['UGA'],
        phases: ['FURTHER_DEVELOPMENT'],
        successFactors: ['SECRETARIAT'],
        sdgTargets: ['17.17'],
        kind: 'FAILURE',
      },
    ],
    [
      'enWells',
      {
        title: 'Coordinating well drilling',
        body: 'Drilling wells needs a coordinator who knows the district.',
        language: 'en',
        countries: ['UGA'],
        phases: ['IMPLEMENTATION'],
        successFactors: ['SECRETARIAT'],
        sdgTargets: ['6.1'],
        kind: 'PRACTICE',
      },
    ],
  ];
  for (const [key, overrides] of lessons) ids[key] = (await publishedLesson(author, curator, overrides)).id;
  // Never public: a draft and a submitted lesson, with words nothing published has.
  await draftLesson(author.graphql, {
    title: 'Zanzibarian draft secretariat',
    body: 'Zanzibarian partnerships',
    countries: ['KEN'],
    sdgTargets: ['6.1'],
    phases: ['IMPLEMENTATION'],
  });
  const submitted = await draftLesson(author.graphql, { title: 'Zanzibarian submitted', body: 'Zanzibarian money', countries: ['KEN'], sdgTargets: ['6.1'] });
  dataOf(await transition(author.graphql, 'submitLesson', { id: submitted.id, expectedVersion: 1 }));
});
afterAll(() => platform.stop());

describe('lessons(query, filter)', () => {
  it('stems each lesson in its own language', async () => {
    expect(await textHits('Partnerschaften')).toEqual(['Eine Partnerschaft mit den Gemeinden']);
    // Goal 17's German name is "Partnerschaften zur Erreichung der Ziele": lessons on it follow, through their tags.
    expect((await titles('Partnerschaften')).slice(1)).toEqual(
      expect.arrayContaining(['A shared coordinator for four partners', 'Trois bailleurs plutôt qu’un']),
    );
    expect(await textHits('financements')).toContain('Le financement des forages');
    expect(await textHits('comunidad')).toEqual(['Comunidades que vigilan la calidad del agua']);
    expect(await textHits('coordinators')).toEqual(expect.arrayContaining(['A shared coordinator for four partners', 'Coordinating well drilling']));
  });

  it('matches phrases, prefixes and exclusions, and highlights the hits safely', async () => {
    expect(await textHits('"shared coordinator"')).toEqual(['A shared coordinator for four partners']);
    expect(await textHits('"coordinator shared"')).toEqual([]);
    expect(await textHits('Partnersch')).toEqual(['Eine Partnerschaft mit den Gemeinden']);
    expect(await textHits('coordinator -wells')).toEqual(['A shared coordinator for four partners']);
    expect(await textHits('forages or Gemeinden')).toEqual(expect.arrayContaining(['Le financement des forages', 'Eine Partnerschaft mit den Gemeinden']));
    const [hit] = (await search('Partnerschaften')).edges;
    expect(hit.titleHtml).toBe('Eine <mark>Partnerschaft</mark> mit den Gemeinden');
    expect(hit.snippetHtml).toContain('<mark>Partnerschaft</mark>');
  });

  it('finds lessons in other languages through their tags, ranked below same-language hits', async () => {
    const result = await search('money');
    const found = result.edges.map((edge: any) => [edge.node.id, edge.matchedText]);
    expect(found[0]).toEqual([ids.enMoney, true]);
    // The French lessons about resources, found through the tag's English name only.
    expect(found.slice(1)).toEqual(
      expect.arrayContaining([
        [ids.fr, false],
        [ids.frTagged, false],
      ]),
    );
    expect(result.edges[0].score).toBeGreaterThan(1);
    for (const edge of result.edges.slice(1)) expect(edge.score).toBeLessThan(1);
  });

  it('filters on every tag, every value given narrowing the result', async () => {
    expect(await titles(null, { languages: ['fr'] })).toEqual(expect.arrayContaining(['Le financement des forages', 'Trois bailleurs plutôt qu’un']));
    expect((await search(null, { countries: ['UGA'], kinds: ['FAILURE'] })).edges.map((edge: any) => edge.node.id)).toEqual([ids.enPhrase]);
    expect((await search(null, { sdgGoals: ['17'], phases: ['DESIGN'] })).edges.map((edge: any) => edge.node.id)).toEqual([ids.frTagged]);
    expect((await search(null, { sdgTargets: ['6.b'] })).edges.map((edge: any) => edge.node.id)).toEqual([ids.es]);
    expect((await search(null, { successFactors: ['RESOURCES'], sectors: ['140'] })).totalCount).toBe(3);
    expect((await search('coordinator', { phases: ['IMPLEMENTATION'] })).edges.map((edge: any) => edge.node.id)).toEqual([ids.enWells]);
  });

  it('pages through a ranked result without repeats or gaps', async () => {
    const all = (await search('partners or money or coordinator')).edges.map((edge: any) => edge.node.id);
    expect(all.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = dataOf(await platform.graphql(SEARCH, { query: 'partners or money or coordinator', first: 2, after })).lessons;
      seen.push(...page.edges.map((edge: any) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('never shows drafts or submitted lessons, in search, facets or entity fields', async () => {
    expect((await search('Zanzibarian')).totalCount).toBe(0);
    expect(dataOf(await platform.graphql(FACETS, { query: 'Zanzibarian' })).lessonFacets.totalCount).toBe(0);
    // Not even to their author or a moderator: search is for published lessons only.
    expect(dataOf(await author.graphql(SEARCH, { query: 'Zanzibarian' })).lessons.totalCount).toBe(0);
    expect(dataOf(await curator.graphql(SEARCH, { query: 'Zanzibarian' })).lessons.totalCount).toBe(0);
    const target = dataOf(
      await author.graphql(
        '{ sdgTarget(code: "6.1") { lessons(first: 100) { totalCount edges { node { title } } } goal { lessons(first: 100) { edges { node { title } } } } } }',
      ),
    ).sdgTarget;
    const seen = [...target.lessons.edges, ...target.goal.lessons.edges].map((edge: any) => edge.node.title);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((title: string) => title.includes('Zanzibarian'))).toEqual([]);
    expect(target.lessons.totalCount).toBe(4);
    expect((await search(null, { countries: ['KEN'] })).totalCount).toBe(1);
  });

  it.each([['& | ! ( ) : * "" - <-> \\'], ['\u200b\u200d\u0301\ufe0f🙂'], ['""""'], ['-partnership'], ['the'], ["'); drop table lessons; --"]])(
    'answers a query of only operators or odd characters (%#) with a result, never an error',
    async (query) => {
      const response = await platform.graphql(SEARCH, { query });
      expect(response.errors).toBeUndefined();
      expect(response.data.lessons.totalCount).toBe(0);
      const facets = await platform.graphql(FACETS, { query });
      expect(facets.errors).toBeUndefined();
      expect(facets.data.lessonFacets.totalCount).toBe(0);
    },
  );

  it('refuses a filter with unknown codes, an oversized query and foreign cursors with the field', async () => {
    expect(errorOf(await platform.graphql(SEARCH, { filter: { countries: ['Kenya'] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.countries[0]',
    });
    expect(errorOf(await platform.graphql(FACETS, { filter: { sdgTargets: ['6.99'] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.sdgTargets[0]',
    });
    expect(errorOf(await platform.graphql(SEARCH, { query: 'water '.repeat(100) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    const forged = Buffer.from(JSON.stringify(['1e999', 'now', 'x'])).toString('base64url');
    expect(errorOf(await platform.graphql(SEARCH, { query: 'money', after: forged }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('lessonFacets(query, filter)', () => {
  const FACET_FILTERS = {
    phases: 'phases',
    successFactors: 'successFactors',
    sdgGoals: 'sdgGoals',
    sdgTargets: 'sdgTargets',
    kinds: 'kinds',
    countries: 'countries',
    sectors: 'sectors',
    languages: 'languages',
  } as const;

  it.each([
    [null, null],
    ['money', null],
    [null, { sdgGoals: ['6'] }],
    ['partners or coordinator or financement', { phases: ['IMPLEMENTATION'] }],
  ])('counts per tag what the search returns with the tag added (query %s, filter %j)', async (query, filter) => {
    const facets = dataOf(await platform.graphql(FACETS, { query, filter })).lessonFacets;
    expect(facets.totalCount).toBe((await search(query, filter)).totalCount);
    expect(facets.totalCount).toBeGreaterThan(0);
    let checked = 0;
    for (const [facet, filterField] of Object.entries(FACET_FILTERS)) {
      for (const { code, count } of facets[facet]) {
        const narrowed = { ...(filter ?? {}), [filterField]: [...((filter as any)?.[filterField] ?? []), code] };
        expect({ facet, code, count: (await search(query, narrowed)).totalCount }).toEqual({ facet, code, count });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
