import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf } from '@msp-atlas/test-harness';
import { defaultOperationLimits } from '../../src/limits/operation-limits.js';
import { sharedPlatform, type SharedPlatform } from '../../src/testing/index.js';
import { postOperation, postRaw } from '../../src/testing/post-raw.js';

let platform: SharedPlatform;
beforeAll(async () => {
  platform = await sharedPlatform();
});

const NORMAL = `{ sdgGoal(code: "6") { code targets { code } } }`;

/** Sends a hostile operation, expects the named refusal, and checks the gateway answers a normal query right after. */
async function expectRefused(query: string, code: string, limit?: string) {
  let response!: Awaited<ReturnType<typeof postOperation>>;
  // Refused before planning, so no subgraph runs a statement for it.
  const statements = await platform.countStatements('partnerships', async () => {
    response = await postOperation(platform.gatewayUrl, query);
  });
  expect(response.status).toBe(400);
  expect(response.json.data).toBeUndefined();
  expect(errorOf(response.json)).toMatchObject({ code, ...(limit ? { extensions: { limit } } : {}) });
  expect(statements).toBe(0);
  expect(dataOf(await platform.graphql(NORMAL)).sdgGoal.code).toBe('6');
  return errorOf(response.json);
}

function nestedIndicators(levels: number): string {
  let selection = 'code';
  for (let level = 0; level < levels; level += 1) selection = `target { indicators { ${selection} } }`;
  return `{ sdgIndicator(code: "6.1.1") { ${selection} } }`;
}

describe('hostile operations', () => {
  it('refuses deep nesting', async () => {
    const error = await expectRefused(nestedIndicators(20), 'OPERATION_TOO_COMPLEX', 'depth');
    expect(error.extensions).toMatchObject({ maximum: defaultOperationLimits.maxDepth, actual: 42 });
  });

  it('refuses 1,000 aliases', async () => {
    const aliases = Array.from({ length: 1000 }, (_, index) => `a${index}: __typename`).join(' ');
    await expectRefused(`{ ${aliases} }`, 'OPERATION_TOO_COMPLEX', 'aliases');
  });

  it('refuses aliases deep in the operation too', async () => {
    const aliases = Array.from({ length: defaultOperationLimits.maxAliases + 1 }, (_, index) => `a${index}: code`).join(' ');
    await expectRefused(`{ sdgGoal(code: "6") { ${aliases} } }`, 'OPERATION_TOO_COMPLEX', 'aliases');
  });

  it('refuses too many root fields', async () => {
    const fields = Array.from({ length: defaultOperationLimits.maxRootFields + 1 }, (_, index) => `g${index}: sdgGoal(code: "${(index % 17) + 1}") { code }`);
    await expectRefused(`{ ${fields.join(' ')} }`, 'OPERATION_TOO_COMPLEX', 'rootFields');
  });

  it('refuses a huge token count while parsing', async () => {
    const error = await expectRefused(`{ ${'__typename '.repeat(defaultOperationLimits.maxTokens + 1)} }`, 'GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(/more th.. 5000 tokens/);
  });

  it('refuses an expensive operation by its cost', async () => {
    const query = `{ partnerships(first: 100) { edges { node { id stakeholders { organization { id name } contributions { id kind amount currency } } } } } }`;
    const error = await expectRefused(query, 'OPERATION_TOO_COMPLEX', 'cost');
    expect(error.extensions.actual).toBeGreaterThan(defaultOperationLimits.maxCost);
  });

  it('counts `first` from variables, capped at 100', async () => {
    const query = `query($first: Int) { partnerships(first: $first) { edges { node { stakeholders { contributions { id kind amount currency } } } } } }`;
    const cheap = await postOperation(platform.gatewayUrl, query, { first: 1 });
    expect(cheap.json.errors).toBeUndefined();
    const costly = await postOperation(platform.gatewayUrl, query, { first: 10_000 });
    expect(errorOf(costly.json)).toMatchObject({ code: 'OPERATION_TOO_COMPLEX', extensions: { limit: 'cost' } });
  });

  it('refuses a fragment bomb by its cost, measuring each fragment once', async () => {
    // Each fragment spreads the next twice: a small document that expands to 2^29 fields.
    const fragments = Array.from({ length: 30 }, (_, index) =>
      index === 29 ? `fragment F${index} on SdgGoal { code }` : `fragment F${index} on SdgGoal { ...F${index + 1} ...F${index + 1} }`,
    );
    const error = await expectRefused(`{ sdgGoal(code: "6") { ...F0 } } ${fragments.join(' ')}`, 'OPERATION_TOO_COMPLEX', 'cost');
    expect(error.extensions.actual).toBe(1 + 2 ** 29);
  });

  it('refuses a 2 MB string literal by the body limit (413) and keeps serving', async () => {
    const response = await postRaw(platform.gatewayUrl, JSON.stringify({ query: `{ sdgGoal(code: "${'x'.repeat(2_000_000)}") { code } }` }));
    expect(response.status).toBe(413);
    expect(dataOf(await platform.graphql(NORMAL)).sdgGoal.code).toBe('6');
  });
});
