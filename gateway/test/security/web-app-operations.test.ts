import { buildClientSchema, getIntrospectionQuery, getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '@msp-atlas/test-harness';
import { measureOperation } from '../../src/limits/measure-operation.js';
import { defaultOperationLimits } from '../../src/limits/operation-limits.js';
import { startPlatform, type Platform } from '../support/platform.js';
import { registerPartnership, registrationInput } from '../support/registry-builders.js';
import { countTokens } from './count-tokens.js';
import { webOperations, type WebOperation } from './web-operations.js';

let platform: Platform;
let schema: GraphQLSchema;
let operations: WebOperation[];
beforeAll(async () => {
  platform = await startPlatform();
  schema = buildClientSchema(dataOf(await platform.graphql(getIntrospectionQuery())));
  operations = await webOperations();
});
afterAll(() => platform.stop());

function measure(operation: WebOperation) {
  const document = parse(operation.query);
  const measured = measureOperation({ schema, document, operation: getOperationAST(document)!, variables: operation.variables });
  return { ...measured, tokens: countTokens(operation.query) };
}

describe("the web app's own operations", () => {
  it('all fit within half of every limit', () => {
    expect(operations.map((operation) => operation.name).sort()).toEqual([
      'CHANGE_PHASE_MUTATION',
      'ORGANIZATION_SEARCH_QUERY',
      'PARTNERSHIP_DETAIL_QUERY',
      'PARTNERSHIP_LIST_QUERY',
      'REGISTER_PARTNERSHIP_MUTATION',
    ]);
    const figures = Object.fromEntries(operations.map((operation) => [operation.name, measure(operation)]));
    // The figures gateway/README.md quotes; printed so a change to the web app shows up here.
    console.info('web app operations measured against the limits', figures);
    const heaviest = (key: keyof (typeof figures)[string]) => Math.max(...Object.values(figures).map((figure) => figure[key]));
    expect(heaviest('depth')).toBeLessThanOrEqual(defaultOperationLimits.maxDepth / 2);
    expect(heaviest('aliases')).toBeLessThanOrEqual(defaultOperationLimits.maxAliases / 2);
    expect(heaviest('rootFields')).toBeLessThanOrEqual(defaultOperationLimits.maxRootFields / 2);
    expect(heaviest('tokens')).toBeLessThanOrEqual(defaultOperationLimits.maxTokens / 2);
    expect(heaviest('cost')).toBeLessThanOrEqual(defaultOperationLimits.maxCost / 2);
  });

  it('are answered by the gateway with its limits on', async () => {
    const byName = new Map(operations.map((operation) => [operation.name, operation]));
    const partnership = await registerPartnership(platform.graphql);
    const run = (name: string, variables: Record<string, unknown>) => platform.graphql(byName.get(name)!.query, variables).then(dataOf);

    expect((await run('PARTNERSHIP_LIST_QUERY', { filter: {}, first: 20, after: null })).partnerships.totalCount).toBeGreaterThan(0);
    expect((await run('PARTNERSHIP_DETAIL_QUERY', { slug: partnership.slug })).partnershipBySlug.id).toBe(partnership.id);
    expect((await run('ORGANIZATION_SEARCH_QUERY', { search: 'a' })).organizations).toBeDefined();
    const changed = await run('CHANGE_PHASE_MUTATION', { input: { partnershipId: partnership.id, expectedVersion: 1, phase: 'DESIGN' } });
    expect(changed.changePhase.partnership.phase).toBe('DESIGN');
    const input = { ...registrationInput(), phase: 'INITIATION', regions: [], objectives: [], stakeholders: [] };
    expect((await run('REGISTER_PARTNERSHIP_MUTATION', { input })).registerPartnership.partnership.slug).toBeTruthy();
  });
});
