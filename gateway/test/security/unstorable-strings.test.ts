import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, type GraphqlResponse } from '@msp-atlas/test-harness';
import { MAX_STRING_LENGTH } from '@msp-atlas/federation';
import { sharedPlatform, type SharedPlatform } from '../../src/testing/index.js';
import { stringArgumentPositions, type StringArgumentPosition } from './string-argument-positions.js';

let platform: SharedPlatform;
beforeAll(async () => {
  platform = await sharedPlatform();
});

const UNSTORABLE: [string, string][] = [
  ['the NUL character', 'before\u0000after'],
  ['a string one character over the limit', 'x'.repeat(MAX_STRING_LENGTH + 1)],
];

/** What is wrong with the answer to one hostile request, or null when it is the refusal we want. */
function mismatchOf(position: StringArgumentPosition, label: string, response: GraphqlResponse): string | null {
  const errors = response.errors ?? [];
  const where = `${position.rootField}(${position.field}) with ${label}`;
  if (errors.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) return `${where}: INTERNAL_SERVER_ERROR`;
  const refused = errors.some((error) => error.extensions?.code === 'BAD_USER_INPUT' && error.extensions.field === position.field);
  return refused ? null : `${where}: ${JSON.stringify(errors)}`;
}

describe('strings PostgreSQL cannot store, at every argument of the supergraph', () => {
  it('refuses partnershipBySlug(slug: "\\u0000") with BAD_USER_INPUT at slug, not an internal error', async () => {
    const error = errorOf(await platform.graphql('{ partnershipBySlug(slug: "\\u0000") { id } }'));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
    const surrogate = errorOf(await platform.graphql('query($slug: String!) { partnershipBySlug(slug: $slug) { id } }', { slug: '\uD800' }));
    expect(surrogate).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
  });

  it('refuses them at every String and ID position of every query and mutation, naming the field', async () => {
    const schema = buildClientSchema(dataOf(await platform.graphql(getIntrospectionQuery())));
    const positions = stringArgumentPositions(schema);
    // The walk must have found the arguments clients really send: nothing can pass vacuously.
    expect(positions.map((position) => `${position.rootField}(${position.field})`)).toEqual(
      expect.arrayContaining(['partnershipBySlug(slug)', 'registerPartnership(input.name)', 'signIn(input.email)']),
    );
    const mismatches: string[] = [];
    for (const position of positions) {
      for (const [label, text] of UNSTORABLE) {
        const { query, variables } = position.request(text);
        const mismatch = mismatchOf(position, label, await platform.graphql(query, variables));
        if (mismatch) mismatches.push(mismatch);
      }
    }
    expect(mismatches).toEqual([]);
    expect(positions.length).toBeGreaterThan(50);
    expect(dataOf(await platform.graphql('{ sdgGoal(code: "6") { code } }')).sdgGoal.code).toBe('6');
  });
});
