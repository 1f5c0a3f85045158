import { describe, expect, it } from 'vitest';
import type pg from 'pg';
import { isConnectionError } from '../src/index.js';
import { retryingPool } from '../src/retrying-pool.js';

const terminated = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

/** A connection of the fake pool: answers statements until `die()`, then fails them as a lost one does. */
class FakeClient {
  readonly statements: string[] = [];
  released: { error?: unknown } | null = null;
  private dead = false;

  constructor(readonly id: number) {}

  die(): void {
    this.dead = true;
  }

  async query(text: string) {
    this.statements.push(text);
    if (this.dead) throw terminated();
    if (text === 'boom') throw Object.assign(new Error('duplicate key'), { code: '23505' });
    return { command: 'SELECT', rowCount: 1, rows: [{ on: this.id }] };
  }

  release(error?: unknown): void {
    this.released = { error };
  }
}

/** Hands out idle connections last-in first-out, as pg-pool does, and opens new ones when none is idle. */
function fakePool(max = 3) {
  const idle: FakeClient[] = [];
  const opened: FakeClient[] = [];
  const pool = {
    options: { max },
    async connect() {
      const client = idle.pop() ?? new FakeClient(opened.length + 1);
      if (!opened.includes(client)) opened.push(client);
      client.released = null;
      const release = client.release.bind(client);
      client.release = (error?: unknown) => {
        release(error);
        if (!error) idle.push(client);
      };
      return client;
    },
    async end() {},
  };
  return { pool: retryingPool(pool as unknown as pg.Pool), opened, idle };
}

/** Runs one statement on a fresh checkout and gives the connection back, so it is idle and reused later. */
async function useOnce(pool: ReturnType<typeof fakePool>['pool'], text = 'select 1') {
  const client = await pool.connect();
  const result = await client.query(text, []);
  client.release();
  return result;
}

describe('retryingPool', () => {
  it('runs the first statement again on another connection when an idle one was lost', async () => {
    const { pool, opened } = fakePool();
    await useOnce(pool);
    opened[0]!.die();
    const result = await useOnce(pool, 'select 2');
    expect(result.rows).toEqual([{ on: 2 }]);
    expect(opened[0]!.statements).toEqual(['select 1', 'select 2']);
    expect(opened[0]!.released).toEqual({ error: expect.objectContaining({ code: '57P01' }) }); // removed from the pool
    expect(opened[1]!.statements).toEqual(['select 2']);
  });

  it('skips several lost idle connections in a row', async () => {
    const { pool, opened } = fakePool();
    const three = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
    await Promise.all(three.map((client) => client.query('select 1', [])));
    for (const client of three) client.release();
    for (const client of opened) client.die();
    expect((await useOnce(pool)).rows).toEqual([{ on: 4 }]);
    expect(opened.slice(0, 3).map((client) => client.released?.error)).toEqual([expect.anything(), expect.anything(), expect.anything()]);
  });

  it('does not retry on a connection opened for this checkout: that is an outage', async () => {
    const { pool, opened } = fakePool();
    const client = await pool.connect();
    opened[0]!.die();
    await expect(client.query('select 1', [])).rejects.toMatchObject({ code: '57P01' });
    expect(opened).toHaveLength(1);
  });

  it('never retries a statement after the first: inside a transaction, or a commit', async () => {
    const { pool, opened } = fakePool();
    await useOnce(pool);
    const client = await pool.connect();
    await client.query('begin', []);
    opened[0]!.die();
    await expect(client.query('insert into notes default values', [])).rejects.toMatchObject({ code: '57P01' });
    await expect(client.query('commit', [])).rejects.toMatchObject({ code: '57P01' });
    expect(opened).toHaveLength(1);
    expect(opened[0]!.statements).toEqual(['select 1', 'begin', 'insert into notes default values', 'commit']);
  });

  it('passes other errors on untouched', async () => {
    const { pool, opened } = fakePool();
    await useOnce(pool);
    const client = await pool.connect();
    await expect(client.query('boom', [])).rejects.toMatchObject({ code: '23505' });
    expect(opened).toHaveLength(1);
  });

  it('gives up after as many retries as the pool has connections', async () => {
    const { pool, opened } = fakePool(2);
    const three = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
    await Promise.all(three.map((client) => client.query('select 1', [])));
    for (const client of three) client.release();
    for (const client of opened) client.die();
    const client = await pool.connect();
    await expect(client.query('select 2', [])).rejects.toMatchObject({ code: '57P01' });
    expect(opened).toHaveLength(3);
    expect(opened.map((each) => each.statements.at(-1))).toEqual(['select 2', 'select 2', 'select 2']);
  });
});

describe('isConnectionError', () => {
  it('knows a lost or refused connection from a failed statement', () => {
    expect(isConnectionError(terminated())).toBe(true);
    expect(isConnectionError(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(new Error('handler failed', { cause: terminated() }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(false);
    expect(isConnectionError('Connection terminated')).toBe(false);
  });
});
