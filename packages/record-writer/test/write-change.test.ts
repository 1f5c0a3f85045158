import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requireSignedIn, SYSTEM_ACTOR, Viewer, viewerActor, type Actor } from '@msp-atlas/access';
import { changeRecordsMigration, type ChangeHistoryTables } from '@msp-atlas/change-history';
import { createDatabase, migrateSchema, sql, type Kysely } from '@msp-atlas/db';
import { ConflictError, forbidden, NotFoundError } from '@msp-atlas/domain-errors';
import { migrateEventLog } from '@msp-atlas/events';
import { accountIdentity, ANONYMOUS } from '@msp-atlas/gateway-trust';
import { createTestDatabase, type TestDatabase } from '@msp-atlas/test-harness';
import type { Generated, Transaction } from 'kysely';
import { lockRecord, recordCreation, recordEvent, requireVersion, writeChange, type RecordKind } from '../src/index.js';

// A scratch record kind in a schema of its own, written as a service writes its records:
// it opens the transaction, locks, checks, and hands the writer a plain description.

interface NoteTable {
  id: Generated<string>;
  version: Generated<number>;
  title: string;
  owner: string;
  updated_at: Generated<Date>;
}

interface NotesDatabase extends ChangeHistoryTables {
  notes: NoteTable;
}

const NOTE: RecordKind<NotesDatabase, 'notes'> = { recordType: 'Partnership', table: 'notes', eventSource: 'some_service' };
const owner = viewerActor(new Viewer(accountIdentity('owner-1')));
const stranger = viewerActor(new Viewer(accountIdentity('stranger-1')));

let testDb: TestDatabase;
let db: Kysely<NotesDatabase>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDatabase<NotesDatabase>({ url: testDb.url, schema: 'some_service' });
  await migrateEventLog(db);
  await migrateSchema(db, 'some_service', {
    '20261201T1000_create_notes': {
      up: async (schemaDb) => {
        await schemaDb.schema
          .createTable('notes')
          .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('owner', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
          .execute();
      },
    },
    '20261201T1001_create_change_records': changeRecordsMigration(1),
  });
});
beforeEach(async () => {
  await sql`truncate some_service.notes, some_service.change_records, event_log.events, event_log.dead_letters restart identity`.execute(db);
});
afterAll(async () => {
  await db?.destroy();
  await testDb?.drop();
});

function requireOwner(actor: Actor, note: { owner: string }): void {
  if (actor.kind === 'viewer' && requireSignedIn(actor.viewer, 'rename the note') !== note.owner) throw forbidden('Not your note');
}

/** A service's rename: lock, rights, version, then the change as data. */
function rename(actor: Actor, id: string, title: string, expectedVersion?: number, writeChildRow?: (trx: Transaction<NotesDatabase>) => Promise<void>) {
  return db.transaction().execute(async (trx) => {
    const current = await lockRecord(trx, NOTE, id);
    requireOwner(actor, current);
    requireVersion(NOTE, current, expectedVersion);
    await writeChildRow?.(trx);
    return writeChange(trx, NOTE, {
      actor,
      action: 'renameNote',
      current,
      set: { title },
      event: recordEvent('PartnershipMemberRemoved', { accountId: 'owner-1' }),
      changes: [{ field: 'title', old: current.title, new: title }],
    });
  });
}

async function createNote(title = 'First') {
  return db.transaction().execute(async (trx) => {
    const record = await trx.insertInto('notes').values({ title, owner: 'owner-1' }).returningAll().executeTakeFirstOrThrow();
    await recordCreation(trx, NOTE, {
      actor: owner,
      action: 'createNote',
      record,
      event: recordEvent('PartnershipMemberInvited', { invitationId: randomUUID() }),
      changes: [{ field: 'title', old: null, new: title }],
    });
    return record;
  });
}

const counts = async () => {
  const { rows } = await sql<{ events: number; changes: number; notes: number }>`
    select (select count(*)::int from event_log.events) as events,
           (select count(*)::int from some_service.change_records) as changes,
           (select count(*)::int from some_service.notes) as notes`.execute(db);
  return rows[0];
};

const storedNote = (id: string) => db.selectFrom('notes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('recordCreation', () => {
  it('appends the event and the change record of the new record in its transaction', async () => {
    const note = await createNote();
    expect(note.version).toBe(1);
    const { rows } = await sql<{ aggregate_id: string; aggregate_version: number; schema_version: number }>`
      select aggregate_id, aggregate_version, schema_version from event_log.events`.execute(db);
    expect(rows).toEqual([{ aggregate_id: note.id, aggregate_version: 1, schema_version: 1 }]);
    const [change] = await db.selectFrom('change_records').selectAll().execute();
    expect(change).toMatchObject({ record_type: 'Partnership', record_id: note.id, record_version: 1, actor_account_id: 'owner-1', action: 'createNote' });
  });

  it('rolls the insert back with the transaction when the event does not fit its contract', async () => {
    const before = await counts();
    const broken = db.transaction().execute(async (trx) => {
      const record = await trx.insertInto('notes').values({ title: 'Broken', owner: 'owner-1' }).returningAll().executeTakeFirstOrThrow();
      // A payload the compiler accepts only through a JSON round trip, as a bug would produce one.
      const payload = JSON.parse('{"invitationId":"not-a-uuid"}') as { invitationId: string };
      await recordCreation(trx, NOTE, { actor: owner, action: 'createNote', record, event: recordEvent('PartnershipMemberInvited', payload), changes: [] });
    });
    await expect(broken).rejects.toThrow(/does not match its schema/);
    expect(await counts()).toEqual(before);
  });
});

describe('writeChange', () => {
  it('sets the columns, bumps the version, and appends its event and change record about the new version', async () => {
    const note = await createNote();
    const record = await rename(owner, note.id, 'Second', 1);
    expect(record).toMatchObject({ id: note.id, version: 2, title: 'Second' });
    expect(record.updated_at.getTime()).toBeGreaterThanOrEqual(note.updated_at.getTime());
    expect(await storedNote(note.id)).toMatchObject({ version: 2, title: 'Second' });
    const { rows: events } = await sql<{ type: string; aggregate_version: number }>`
      select type, aggregate_version from event_log.events order by seq`.execute(db);
    expect(events.at(-1)).toEqual({ type: 'PartnershipMemberRemoved', aggregate_version: 2 });
    const changes = await db.selectFrom('change_records').select(['record_version', 'actor_account_id', 'changes']).orderBy('occurred_at').execute();
    expect(changes.at(-1)).toEqual({ record_version: 2, actor_account_id: 'owner-1', changes: [{ field: 'title', old: 'First', new: 'Second' }] });
  });

  it('refuses a stale version with CONFLICT and writes nothing, not even what the service wrote before', async () => {
    const note = await createNote();
    await rename(owner, note.id, 'Second', 1);
    const before = await counts();
    const late = rename(owner, note.id, 'Late', 1, async () => {
      throw new Error('the service must not get this far');
    });
    await expect(late).rejects.toBeInstanceOf(ConflictError);
    await expect(late).rejects.toMatchObject({ code: 'CONFLICT', details: { expectedVersion: 1, actualVersion: 2 } });
    expect(await counts()).toEqual(before);
    expect((await storedNote(note.id)).title).toBe('Second');
  });

  it('refuses a change whose row moved on since it was read, when the service did not lock it', async () => {
    const note = await createNote();
    const current = await storedNote(note.id);
    await rename(owner, note.id, 'Second');
    const before = await counts();
    const unlocked = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ title: 'Child row of the change', owner: 'owner-1' }).execute();
      return writeChange(trx, NOTE, {
        actor: owner,
        action: 'renameNote',
        current,
        set: { title: 'From an old read' },
        event: recordEvent('PartnershipMemberRemoved', { accountId: 'owner-1' }),
        changes: [],
      });
    });
    await expect(unlocked).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await counts()).toEqual(before);
  });

  it('leaves the access check to the service on the locked row, before the version', async () => {
    const note = await createNote();
    await expect(rename(stranger, note.id, 'Mine now', 7)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(rename(viewerActor(new Viewer(ANONYMOUS)), note.id, 'Mine now')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await storedNote(note.id)).version).toBe(1);
  });

  it('answers NOT_FOUND for an unknown id, and for one that is not a UUID without asking the database', async () => {
    await expect(rename(owner, randomUUID(), 'x')).rejects.toBeInstanceOf(NotFoundError);
    await expect(rename(owner, 'not-a-uuid', 'x')).rejects.toMatchObject({ code: 'NOT_FOUND', details: { entity: 'Partnership', id: 'not-a-uuid' } });
  });

  it('queues two writers of one version on the lock: exactly one wins, the other gets CONFLICT', async () => {
    const note = await createNote();
    const results = await Promise.allSettled([rename(owner, note.id, 'A', 1), rename(owner, note.id, 'B', 1)]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect((await storedNote(note.id)).version).toBe(2);
  });

  it('refuses an event about another kind of record, and rolls the change back', async () => {
    const note = await createNote();
    const before = await counts();
    const mislabelled = db.transaction().execute(async (trx) => {
      const current = await lockRecord(trx, NOTE, note.id);
      return writeChange(trx, NOTE, {
        actor: SYSTEM_ACTOR,
        action: 'renameQuietly',
        current,
        set: { title: 'Quiet' },
        event: recordEvent('OrganizationRegistered', { organization: { id: note.id, name: 'x', type: 'NGO', country: null } }),
        changes: [],
      });
    });
    await expect(mislabelled).rejects.toThrow(/whose aggregate is Organization/);
    expect(await counts()).toEqual(before);
    expect((await storedNote(note.id)).title).toBe('First');
  });
});
