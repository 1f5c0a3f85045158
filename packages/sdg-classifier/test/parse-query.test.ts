import { describe, expect, it } from 'vitest';
import { compileQuery } from '../src/query/compile-query.js';
import { parseQuery, printQuery, QuerySyntaxError } from '../src/query/parse-query.js';
import { WordPatternIndex } from '../src/query/word-index.js';
import { tokenize } from '../src/text/tokenize.js';

/** Whether the query matches the text, and the matched passages. */
function run(query: string, text: string) {
  const index = new WordPatternIndex();
  const compiled = compileQuery(parseQuery(query), index);
  const tokens = tokenize(text);
  const spans = compiled(index.locate(tokens));
  return { matches: spans.length > 0, passages: spans.map((s) => text.slice(tokens[s.first]!.start, tokens[s.last]!.end)) };
}

describe('parseQuery', () => {
  it('reads OR tighter than W/n, W/n tighter than AND, AND tighter than AND NOT (Scopus precedence)', () => {
    expect(printQuery(parseQuery('"a" OR "b" W/3 "c" AND "d" AND NOT "e"'))).toBe('((("a" OR "b") W/3 "c") AND "d") AND NOT "e"');
    expect(printQuery(parseQuery('"a" W/2 "b" PRE/1 "c"'))).toBe('("a" W/2 "b") PRE/1 "c"');
  });

  it('drops the field wrapper and keeps nested parentheses', () => {
    expect(printQuery(parseQuery('TITLE-ABS-KEY( ( "drinking" W/3 "water" ) W/3 ( "access*" OR "safe*" ) )'))).toBe(
      '("drinking" W/3 "water") W/3 ("access*" OR "safe*")',
    );
  });

  it('rejects unbalanced parentheses and dangling operators', () => {
    expect(() => parseQuery('( "water" OR "sanitation"')).toThrow(QuerySyntaxError);
    expect(() => parseQuery('"water" OR')).toThrow(QuerySyntaxError);
    expect(() => parseQuery('AND "water"')).toThrow(QuerySyntaxError);
  });
});

describe('compiled queries', () => {
  it('matches OR and AND', () => {
    expect(run('"toilet*" OR "sanitation"', 'Better sanitation for all').matches).toBe(true);
    expect(run('"poverty" AND "income"', 'Poverty is high').matches).toBe(false);
    expect(run('"poverty" AND "income"', 'Income poverty is high').passages).toEqual(['poverty', 'Income']);
  });

  it('excludes with AND NOT', () => {
    const query = '"forest*" AND NOT ( "marine" OR "ocean*" )';
    expect(run(query, 'Forests of the highlands').matches).toBe(true);
    expect(run(query, 'Forests near the oceans').matches).toBe(false);
  });

  it('W/n allows at most n words between, in either order', () => {
    expect(run('"drinking" W/3 "water"', 'water fit for safe drinking').matches).toBe(true);
    expect(run('"drinking" W/1 "water"', 'drinking clean safe water').matches).toBe(false);
    expect(run('"drinking" W/2 "water"', 'drinking clean safe water').passages).toEqual(['drinking clean safe water']);
  });

  it('PRE/n requires the first before the second', () => {
    expect(run('"climate" PRE/2 "change"', 'climate is changing').matches).toBe(false);
    expect(run('"climate" PRE/2 "chang*"', 'climate is changing').matches).toBe(true);
    expect(run('"climate" PRE/2 "chang*"', 'changes in the climate').matches).toBe(false);
  });

  it('expands wildcards at the end and inside a word', () => {
    expect(run('"eradicat*"', 'the eradication of hunger').passages).toEqual(['eradication']);
    expect(run('"wom*n"', 'Women and girls').matches).toBe(true);
    expect(run('"wom*n"', 'Wombats').matches).toBe(false);
  });

  it('matches quoted phrases word by word, ignoring case, accents, hyphens and plain plurals', () => {
    expect(run('"open defecation*"', 'Ending OPEN-defecation in villages').passages).toEqual(['OPEN-defecation']);
    expect(run('"open defecation"', 'open air defecation').matches).toBe(false);
    expect(run('"developing country"', 'in developing countries').matches).toBe(true);
    expect(run('"eau potable"', "l'Eau Potable").matches).toBe(true);
    expect(run('"cafe"', 'un café').matches).toBe(true);
  });

  it('parses and compiles every shipped expert query line', async () => {
    const { readExpertQueries } = await import('../src/load-sdg-classifier.js');
    const queries = readExpertQueries();
    expect(queries.length).toBeGreaterThan(350);
    const index = new WordPatternIndex();
    for (const query of queries) expect(() => compileQuery(parseQuery(query.query), index)).not.toThrow();
  });
});

describe('printMatchedClause', () => {
  it('cites only the alternatives that matched, without the AND NOT part', async () => {
    const { printMatchedClause } = await import('../src/query/print-matched-clause.js');
    const index = new WordPatternIndex();
    const tree = parseQuery('( "forest*" OR "woodland*" OR "tree*" ) W/3 ( "loss" OR "degradation" OR "cover" ) AND NOT ( "marine" )');
    compileQuery(tree, index);
    const found = index.locate(tokenize('The loss of woodlands accelerated'));
    expect(printMatchedClause(tree, index, found, new WeakMap())).toBe('"woodland*" W/3 "loss"');
  });
});
