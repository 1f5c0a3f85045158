import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureOperation } from '../../src/limits/measure-operation.js';

const schema = buildSchema(`
  type Query { items(first: Int): ItemConnection! item: Item }
  type ItemConnection { edges: [ItemEdge!]! totalCount: Int! }
  type ItemEdge { node: Item! }
  type Item { id: ID! tags: [String!]! parts: [Item!]! }
`);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return measureOperation({ schema, document, operation: getOperationAST(document)!, variables });
}

describe('measureOperation', () => {
  it("counts a connection's edges once per page, not a page of pages", () => {
    // items 1 + totalCount 1 + edges (1 + 5 x (node 1 + id 1)) = 13
    expect(measure('{ items(first: 5) { totalCount edges { node { id } } } }').cost).toBe(13);
  });

  it('defaults `first` to 20, caps it at 100 and reads it from variables and their defaults', () => {
    const query = 'query($n: Int = 3) { items(first: $n) { edges { node { id } } } }';
    expect(measure(query).cost).toBe(2 + 3 * 2);
    expect(measure(query, { n: 1_000 }).cost).toBe(2 + 100 * 2);
    expect(measure('{ items { edges { node { id } } } }').cost).toBe(2 + 20 * 2);
  });

  it('multiplies plain lists of objects by 10, lists of scalars cost 1', () => {
    expect(measure('{ item { tags parts { id } } }')).toMatchObject({ cost: 1 + 1 + 1 + 10 * 1, depth: 3 });
  });

  it('expands fragments, keeping the page size of the connection they are spread in', () => {
    const query = '{ items(first: 50) { ...Page } } fragment Page on ItemConnection { edges { node { id } } }';
    expect(measure(query).cost).toBe(2 + 50 * 2);
  });

  it('counts aliases and root fields, and leaves the fixed shape of introspection out of depth and cost', () => {
    expect(measure('{ a: item { b: id } c: item { id } __typename }')).toMatchObject({ aliases: 3, rootFields: 3, depth: 2 });
    expect(measure('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toMatchObject({ depth: 1, cost: 1 });
  });
});
