import type { Connection } from './connection-type.js';
import { encodeCursor } from './cursor.js';
import type { PageRequest } from './page-arguments.js';

/**
 * Shapes rows fetched with `limit first + 1` into a connection: the extra row only
 * tells whether another page exists.
 */
export function buildConnection<Row, Node>(
  ConnectionClass: new () => Connection<Node>,
  rows: readonly Row[],
  page: PageRequest,
  toNode: (row: Row) => Node,
  sortKey: (row: Row) => readonly unknown[],
  countTotal: () => Promise<number>,
): Connection<Node> {
  const visible = rows.slice(0, page.first);
  const edges = visible.map((row) => ({ cursor: encodeCursor(sortKey(row)), node: toNode(row) }));
  const connection = Object.assign(new ConnectionClass(), {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countTotal,
  });
  return connection;
}
