import { requireSignedIn, viewerActor, type Viewer } from '@msp-atlas/access';
import { badUserInput, forbidden, notFound } from '@msp-atlas/domain-errors';
import { lockRecord, recordCreation, requireVersion, writeChange } from '@msp-atlas/record-writer';
import type { RawBuilder } from 'kysely';
import type { Db, Trx } from '../database.js';
import { canModerate, canRead, isAuthor } from '../moderation/lesson-access.js';
import { LESSON_RECORD, lessonChanged, lessonChanges } from './lesson-record.js';
import { LessonStatus } from './lesson-status.js';
import type { DraftLessonInput } from './draft-lesson.input.js';
import type { LessonTransitionInput } from './lesson-transition.input.js';
import type { UpdateLessonInput } from './update-lesson.input.js';
import { contentColumns, contentOf, insertLesson, type LessonContent } from './lesson.repository.js';
import type { LessonRow } from './lesson.table.js';
import { lessonBody, lessonKind, lessonLanguage, lessonTitle, moderationNote, optionalPartnershipId, tagCodes } from './lesson.validation.js';

/** A new lesson, a draft only its author sees. */
export async function draftLesson(db: Db, viewer: Viewer, input: DraftLessonInput): Promise<LessonRow> {
  const accountId = requireSignedIn(viewer, 'contribute a lesson');
  const content: LessonContent = {
    title: lessonTitle(input.title),
    body: lessonBody(input.body),
    kind: lessonKind(input.kind),
    language: lessonLanguage(input.language),
    ...tagCodes(input),
  };
  const partnershipId = optionalPartnershipId(input.partnershipId);
  return db.transaction().execute(async (trx) => {
    if (partnershipId) await requireKnownPartnership(trx, partnershipId);
    const row = await insertLesson(trx, content, { partnership_id: partnershipId, author_account_id: accountId, status: LessonStatus.DRAFT });
    await recordCreation(trx, LESSON_RECORD, {
      actor: viewerActor(viewer),
      action: 'draftLesson',
      record: row,
      event: lessonChanged('draftLesson', row),
      changes: lessonChanges({}, row),
    });
    return row;
  });
}

/** The author edits a lesson not (or no longer) under review; a rejected or withdrawn one goes back to draft. */
export async function updateLesson(db: Db, viewer: Viewer, input: UpdateLessonInput): Promise<LessonRow> {
  requireSignedIn(viewer, 'change a lesson');
  const tags = tagCodes(input);
  const given = <K extends keyof UpdateLessonInput>(key: K) => input[key] !== null && input[key] !== undefined;
  return db.transaction().execute(async (trx) => {
    const current = await lockReadableLesson(trx, viewer, input);
    requireAuthor(viewer, current, 'change');
    if (current.status === LessonStatus.SUBMITTED || current.status === LessonStatus.PUBLISHED) {
      throw badUserInput(`A ${current.status.toLowerCase()} lesson cannot be changed; withdraw it first`, 'input.id');
    }
    const before = contentOf(current);
    const content: LessonContent = {
      title: given('title') ? lessonTitle(input.title) : before.title,
      body: given('body') ? lessonBody(input.body) : before.body,
      kind: given('kind') ? lessonKind(input.kind) : before.kind,
      language: given('language') ? lessonLanguage(input.language) : before.language,
      phases: given('phases') ? tags.phases : before.phases,
      successFactors: given('successFactors') ? tags.successFactors : before.successFactors,
      sdgGoals: given('sdgGoals') || given('sdgTargets') ? tags.sdgGoals : before.sdgGoals,
      sdgTargets: given('sdgTargets') ? tags.sdgTargets : before.sdgTargets,
      countries: given('countries') ? tags.countries : before.countries,
      sectors: given('sectors') ? tags.sectors : before.sectors,
    };
    const partnershipId =
      input.partnershipId === undefined || input.partnershipId === null ? current.partnership_id : optionalPartnershipId(input.partnershipId);
    if (partnershipId && partnershipId !== current.partnership_id) await requireKnownPartnership(trx, partnershipId);
    const { search_document, ...columns } = contentColumns(content);
    return writeLessonChange(trx, viewer, 'updateLesson', current, { ...columns, partnership_id: partnershipId, status: LessonStatus.DRAFT }, search_document);
  });
}

/** The author asks the moderators to publish. */
export function submitLesson(db: Db, viewer: Viewer, input: LessonTransitionInput): Promise<LessonRow> {
  requireSignedIn(viewer, 'submit a lesson');
  return db.transaction().execute(async (trx) => {
    const current = await lockReadableLesson(trx, viewer, input);
    requireAuthor(viewer, current, 'submit');
    requireStatus(current, [LessonStatus.DRAFT, LessonStatus.REJECTED, LessonStatus.WITHDRAWN], 'submitted');
    return writeLessonChange(trx, viewer, 'submitLesson', current, { status: LessonStatus.SUBMITTED, submitted_at: new Date(), moderation_note: null });
  });
}

export function publishLesson(db: Db, viewer: Viewer, input: LessonTransitionInput): Promise<LessonRow> {
  requireSignedIn(viewer, 'publish a lesson');
  const note = moderationNote(input.note, 'input.note', false);
  return db.transaction().execute(async (trx) => {
    const current = await lockReadableLesson(trx, viewer, input);
    requireModerator(viewer, current);
    requireStatus(current, [LessonStatus.SUBMITTED], 'published');
    return writeLessonChange(trx, viewer, 'publishLesson', current, { status: LessonStatus.PUBLISHED, published_at: new Date(), moderation_note: note });
  });
}

export function rejectLesson(db: Db, viewer: Viewer, input: LessonTransitionInput): Promise<LessonRow> {
  requireSignedIn(viewer, 'reject a lesson');
  const note = moderationNote(input.note, 'input.note', true);
  return db.transaction().execute(async (trx) => {
    const current = await lockReadableLesson(trx, viewer, input);
    requireModerator(viewer, current);
    requireStatus(current, [LessonStatus.SUBMITTED], 'rejected');
    return writeLessonChange(trx, viewer, 'rejectLesson', current, { status: LessonStatus.REJECTED, moderation_note: note });
  });
}

/** The author takes a submitted or published lesson back; a moderator may take a published one down. */
export function withdrawLesson(db: Db, viewer: Viewer, input: LessonTransitionInput): Promise<LessonRow> {
  requireSignedIn(viewer, 'withdraw a lesson');
  const note = moderationNote(input.note, 'input.note', false);
  return db.transaction().execute(async (trx) => {
    const current = await lockReadableLesson(trx, viewer, input);
    const author = isAuthor(viewer, current);
    if (!author && !canModerate(viewer, current)) throw forbidden('Only the author or a moderator may withdraw this lesson');
    requireStatus(current, author ? [LessonStatus.SUBMITTED, LessonStatus.PUBLISHED] : [LessonStatus.PUBLISHED], 'withdrawn');
    return writeLessonChange(trx, viewer, 'withdrawLesson', current, { status: LessonStatus.WITHDRAWN, moderation_note: note ?? current.moderation_note });
  });
}

/**
 * The lesson locked for a change, in the change's transaction: a caller who may not
 * read it learns nothing (NOT_FOUND, before its version), a stale version is CONFLICT.
 */
async function lockReadableLesson(trx: Trx, viewer: Viewer, input: { id: string; expectedVersion: number }): Promise<LessonRow> {
  const current = await lockRecord(trx, LESSON_RECORD, input.id);
  if (!canRead(viewer, current)) throw notFound('Lesson', input.id);
  requireVersion(LESSON_RECORD, current, input.expectedVersion);
  return current;
}

/** Columns of the lesson a change sets; the search document, an expression, comes apart. */
type LessonValues = Partial<Omit<LessonRow, 'id' | 'version' | 'created_at' | 'updated_at'>>;

/** A checked change of the lesson, with its LessonChanged event and change record, about the lesson as the change leaves it. */
function writeLessonChange(
  trx: Trx,
  viewer: Viewer,
  action: string,
  current: LessonRow,
  values: LessonValues,
  searchDocument?: RawBuilder<string>,
): Promise<LessonRow> {
  const after: LessonRow = { ...current, ...values };
  return writeChange(trx, LESSON_RECORD, {
    actor: viewerActor(viewer),
    action,
    current,
    set: { ...values, ...(searchDocument && { search_document: searchDocument }) },
    event: lessonChanged(action, after),
    changes: lessonChanges(current, after),
  });
}

function requireAuthor(viewer: Viewer, lesson: LessonRow, what: string): void {
  if (!isAuthor(viewer, lesson)) throw forbidden(`Only the author may ${what} this lesson`);
}

function requireModerator(viewer: Viewer, lesson: LessonRow): void {
  if (!canModerate(viewer, lesson)) {
    throw forbidden(
      lesson.countries.length > 0
        ? 'Only a curator of one of the lesson’s countries may moderate it'
        : 'Only a moderator of the learning library may moderate a lesson without a country',
    );
  }
  // Nobody reviews their own lesson.
  if (isAuthor(viewer, lesson)) throw forbidden('A moderator may not moderate their own lesson');
}

function requireStatus(lesson: LessonRow, allowed: readonly string[], what: string): void {
  if (!allowed.includes(lesson.status)) throw badUserInput(`A ${lesson.status.toLowerCase()} lesson cannot be ${what}`, 'input.id');
}

async function requireKnownPartnership(trx: Trx, partnershipId: string): Promise<void> {
  const known = await trx.selectFrom('partnership_projection').select('partnership_id').where('partnership_id', '=', partnershipId).executeTakeFirst();
  if (!known) throw badUserInput('No such partnership', 'input.partnershipId');
}
