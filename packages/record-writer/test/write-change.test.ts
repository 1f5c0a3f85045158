import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requireSignedIn, SYSTEM_ACTOR, Viewer, viewerActor } from '@msp-atlas/access';
import { changeRecordsMigration } from '@msp-atlas/change-history';
import { createDatabase, migrateSchema, sql, type Kysely } from '@msp-atlas/db';
import { migrateEventLog } from '@msp-atlas/events';
import { forbidden } from '@msp-atlas/federation';
import { accountIdentity, ANONYMOUS } from '@msp-atlas/gateway-trust';
import { createTestDatabase, type TestDatabase } from '@msp-atlas/test-harness';
import { recordEvent, writeChange, writeCreation, type VersionedRecordKind } from '../src/index.js';

// A scratch record kind in a schema of its own, written as a service would write its records.

interface NoteRow {
  id: string;
  version: number;
  title: string;
  owner: string;
  updated_at: Date;
}

const NOTE: VersionedRecordKind<NoteRow> = { recordType: 'Partnership', table: 'notes', eventSource: 'some_service' };
const owner = viewerActor(new Viewer(accountIdentity('owner-1')));
const stranger = viewerActor(new Viewer(accountIdentity('stranger-1')));

let testDb: TestDatabase;
let db: Kysely<any>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDatabase<any>({ url: testDb.url, schema: 'some_service' });
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

const ownerOnly = (actor: typeof owner) => (_trx: unknown, note: NoteRow) => {
  if (actor.kind === 'viewer' && requireSignedIn(actor.viewer, 'rename the note') !== note.owner) throw forbidden('Not your note');
};

function rename(actor: typeof owner, id: string, title: string, expectedVersion?: number) {
  return writeChange(db, NOTE, {
    id,
    actor,
    action: 'renameNote',
    expectedVersion,
    authorize: ownerOnly(actor),
    apply: (_trx, current) => ({
      set: { title },
      value: current.title,
      events: recordEvent('PartnershipMemberRemoved', { accountId: 'owner-1' }),
      changes: [{ field: 'title', old: current.title, new: title }],
    }),
  });
}

async function createNote(title = 'First') {
  const { record } = await writeCreation(db, NOTE, {
    actor: owner,
    action: 'createNote',
    authorize: () => undefined,
    create: async (trx) => {
      const record = await trx.insertInto('notes').values({ title, owner: 'owner-1' }).returningAll().executeTakeFirstOrThrow();
      return { record: record as NoteRow, value: null, events: recordEvent('PartnershipMemberInvited', { invitationId: randomUUID() }), changes: [{ field: 'title', old: null, new: title }] };
    },
  });
  return record;
}

const counts = async () => {
  const { rows } = await sql<{ events: number; changes: number }>`
    select (select count(*)::int from event_log.events) as events,
           (select count(*)::int from some_service.change_records) as changes`.execute(db);
  return rows[0];
};

describe('writeCreation', () => {
  it('inserts the record with its event and change record', async () => {
    const note = await createNote();
    expect(note.version).toBe(1);
    const { rows } = await sql<{ aggregate_version: number; schema_version: number }>`select aggregate_version, schema_version from event_log.events`.execute(db);
    expect(rows).toEqual([{ aggregate_version: 1, schema_version: 1 }]);
    const [change] = await db.selectFrom('change_records').selectAll().execute();
    expect(change).toMatchObject({ record_type: 'Partnership', record_id: note.id, record_version: 1, actor_account_id: 'owner-1', action: 'createNote' });
  });
});

describe('writeChange', () => {
  it('applies the change, bumps the version, and appends its event and change record', async () => {
    const note = await createNote();
    const { record, value } = await rename(owner, note.id, 'Second', 1);
    expect(record).toMatchObject({ id: note.id, version: 2, title: 'Second' });
    expect(value).toBe('First');
    expect(record.updated_at.getTime()).toBeGreaterThanOrEqual(note.updated_at.getTime());
    const events = await db.selectFrom('event_log.events').select(['type', 'aggregate_version']).orderBy('seq').execute();
    expect(events.at(-1)).toEqual({ type: 'PartnershipMemberRemoved', aggregate_version: 2 });
    const changes = await db.selectFrom('change_records').select(['record_version', 'actor_account_id', 'changes']).orderBy('occurred_at').execute();
    expect(changes.at(-1)).toEqual({ record_version: 2, actor_account_id: 'owner-1', changes: [{ field: 'title', old: 'First', new: 'Second' }] });
  });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const note = await createNote();
    await rename(owner, note.id, 'Second', 1);
    const before = await counts();
    await expect(rename(owner, note.id, 'Late', 1)).rejects.toMatchObject({ extensions: { code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 } });
    expect(await counts()).toEqual(before);
    expect((await db.selectFrom('notes').select('title').where('id', '=', note.id).executeTakeFirst())?.title).toBe('Second');
  });

  it('checks access before the version, so a refused caller learns nothing of it', async () => {
    const note = await createNote();
    await expect(rename(stranger, note.id, 'Mine now', 7)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(rename(viewerActor(new Viewer(ANONYMOUS)), note.id, 'Mine now')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect((await db.selectFrom('notes').selectAll().where('id', '=', note.id).executeTakeFirst())?.version).toBe(1);
  });

  it('answers NOT_FOUND for an unknown id, and for one that is not a UUID without asking the database', async () => {
    await expect(rename(owner, randomUUID(), 'x')).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(rename(owner, 'not-a-uuid', 'x')).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('lets exactly one of two writers from the same version win', async () => {
    const note = await createNote();
    const results = await Promise.allSettled([rename(owner, note.id, 'A', 1), rename(owner, note.id, 'B', 1)]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { extensions: { code: 'CONFLICT' } } });
  });

  it('refuses a change without an event about the record at its new version, and rolls it back', async () => {
    const note = await createNote();
    const before = await counts();
    const silent = writeChange(db, NOTE, {
      id: note.id,
      actor: SYSTEM_ACTOR,
      action: 'renameQuietly',
      authorize: () => undefined,
      apply: () => ({
        set: { title: 'Quiet' },
        value: null,
        events: (_trx, record) => [{ type: 'PartnershipMemberRemoved', aggregateId: record.id, aggregateVersion: record.version - 1, payload: { accountId: 'x' } }],
        changes: [],
      }),
    });
    await expect(silent).rejects.toThrow(/without an event about it/);
    expect(await counts()).toEqual(before);
    expect((await db.selectFrom('notes').select('title').where('id', '=', note.id).executeTakeFirst())?.title).toBe('First');
  });
});
