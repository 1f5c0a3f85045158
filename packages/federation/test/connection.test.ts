import { describe, expect, it } from 'vitest';
import { buildConnection, decodeCursor, encodeCursor, pageArguments } from '../src/index.js';

class ItemConnection {
  edges: { cursor: string; node: string }[] = [];
  pageInfo = { hasNextPage: false, hasPreviousPage: false, startCursor: null as string | null, endCursor: null as string | null };
  countTotal = async () => 0;
  totalCount() {
    return this.countTotal();
  }
}

describe('page arguments', () => {
  it('defaults to 20 and caps at 100', () => {
    expect(pageArguments(undefined, undefined)).toEqual({ first: 20, after: null });
    expect(() => pageArguments(101, null)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }));
    expect(() => pageArguments(0, null)).toThrow(/between 1 and 100/);
  });

  it('round-trips cursors and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01 10:00:00.123456+00', 'abc']))).toEqual(['2026-01-01 10:00:00.123456+00', 'abc']);
    expect(() => decodeCursor('not-a-cursor')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }));
    expect(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toThrow(/cursor/);
  });
});

describe('buildConnection', () => {
  it('uses the extra row only to tell that a next page exists', async () => {
    const page = pageArguments(2, null);
    const connection = buildConnection(
      ItemConnection as any,
      ['a', 'b', 'c'],
      page,
      (row) => row.toUpperCase(),
      (row) => [row],
      async () => 3,
    );
    expect(connection.edges.map((edge) => edge.node)).toEqual(['A', 'B']);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: encodeCursor(['b']) });
    expect(await connection.totalCount()).toBe(3);
  });

  it('says there is no next page on the last one', () => {
    const page = pageArguments(2, encodeCursor(['b']));
    const connection = buildConnection(
      ItemConnection as any,
      ['c'],
      page,
      (row) => row,
      (row) => [row],
      async () => 3,
    );
    expect(connection.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: encodeCursor(['c']) });
  });
});
