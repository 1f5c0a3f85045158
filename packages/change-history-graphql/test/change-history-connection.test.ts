import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChangeHistoryFixture, startChangeHistoryFixture } from '@msp-atlas/change-history/testing';
import { changeHistoryConnection } from '../src/index.js';

describe('changeHistoryConnection', () => {
  let fixture: ChangeHistoryFixture;
  let db: ChangeHistoryFixture['db'];
  const recordWithChanges: ChangeHistoryFixture['recordWithChanges'] = (...args) => fixture.recordWithChanges(...args);

  beforeAll(async () => {
    fixture = await startChangeHistoryFixture();
    db = fixture.db;
  });
  afterAll(() => fixture?.close());

  it('pages through a record’s history newest first with stable cursors', async () => {
    const record = await recordWithChanges(5);
    await recordWithChanges(2);
    const first = await changeHistoryConnection(db, record, { first: 2 }, () => false);
    expect(first.edges.map((edge) => edge.node.recordVersion)).toEqual([5, 4]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(await first.totalCount()).toBe(5);
    const second = await changeHistoryConnection(db, record, { first: 2, after: first.pageInfo.endCursor }, () => false);
    const third = await changeHistoryConnection(db, record, { first: 2, after: second.pageInfo.endCursor }, () => false);
    expect(second.edges.map((edge) => edge.node.recordVersion)).toEqual([3, 2]);
    expect(third.edges.map((edge) => edge.node.recordVersion)).toEqual([1]);
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(third.edges[0]!.node).toMatchObject({
      action: 'createLesson',
      actor: { id: 'account-1' },
      changes: [{ field: 'title', oldValue: null, newValue: 'v1', redacted: false }],
    });
  });

  it('gives a null actor for system changes and redacts what it is told to', async () => {
    const record = await recordWithChanges(1, null);
    const page = await changeHistoryConnection(db, record, {}, (field) => field === 'title');
    expect(page.edges[0]!.node.actor).toBeNull();
    expect({ ...page.edges[0]!.node.changes[0] }).toEqual({ field: 'title', oldValue: null, newValue: null, redacted: true });
  });

  it('refuses a cursor it did not give out', async () => {
    const record = await recordWithChanges(1);
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    await expect(changeHistoryConnection(db, record, { after: forged }, () => false)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
