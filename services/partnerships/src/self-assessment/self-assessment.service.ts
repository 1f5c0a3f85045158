import { actorAccountId, requireSignedIn, type Actor } from '@msp-atlas/access';
import { appendChangeRecord } from '@msp-atlas/change-history';
import { appendTypedEvents } from '@msp-atlas/event-contracts';
import { badUserInput, forbidden, isUuid, notFound } from '@msp-atlas/federation';
import { randomUUID } from 'node:crypto';
import type { Db, Trx } from '../database.js';
import { SOURCE } from '../events/partnership-events.js';
import { isMember } from '../membership/membership.repository.js';
import { PARTNERSHIP_RECORD } from '../partnership/partnership-record.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';
import { insertSelfAssessment } from './self-assessment.repository.js';
import type { SelfAssessmentRow, SelfAssessmentScoreRow } from './self-assessment.table.js';
import { earliestAssessmentDate, selfAssessmentValues } from './self-assessment.validation.js';
import type { SubmitSelfAssessmentInput } from './submit-self-assessment.input.js';

export const SUBMIT_SELF_ASSESSMENT = 'submitSelfAssessment';

export interface SubmittedSelfAssessment {
  partnership: PartnershipRow;
  assessment: SelfAssessmentRow;
  scores: SelfAssessmentScoreRow[];
}

/**
 * Records members' own scores, its event and a change record in one transaction.
 * Not through the record writer: a self-assessment is the members' view of the
 * record, not a change of it, so the partnership's version stays as it is (the
 * change record carries the version it was made at).
 */
export async function submitSelfAssessment(db: Db, actor: Actor, input: SubmitSelfAssessmentInput): Promise<SubmittedSelfAssessment> {
  const values = selfAssessmentValues(input);
  return db.transaction().execute(async (trx) => {
    const partnership = await lockForAssessment(trx, input.partnershipId);
    const accountId = await requireAssessor(trx, actor, partnership);
    if (values.assessedOn < earliestAssessmentDate(partnership.created_at)) {
      throw badUserInput(`A self-assessment cannot date from before ${earliestAssessmentDate(partnership.created_at)}`, 'input.assessedOn');
    }
    const id = randomUUID();
    const { assessment, scores } = await insertSelfAssessment(
      trx,
      { id, partnership_id: partnership.id, assessed_on: values.assessedOn, submitted_by: accountId },
      values.scores.map((score, position) => ({ position, ...score })),
    );
    await appendTypedEvents(trx, SOURCE, [
      {
        type: 'SelfAssessmentSubmitted',
        aggregateId: id,
        aggregateVersion: 1,
        payload: {
          selfAssessmentId: id,
          partnershipId: partnership.id,
          assessedOn: assessment.assessed_on,
          scores: values.scores.map(({ factor, score }) => ({ factor, score })),
        },
      },
    ]);
    await appendChangeRecord(trx, {
      recordType: PARTNERSHIP_RECORD.recordType,
      recordId: partnership.id,
      recordVersion: partnership.version,
      actorAccountId: actorAccountId(actor),
      action: SUBMIT_SELF_ASSESSMENT,
      changes: [{ field: `selfAssessments[${id}]`, old: null, new: { assessedOn: assessment.assessed_on, scores: values.scores } }],
    });
    return { partnership, assessment, scores };
  });
}

/** Share lock: a membership removed by a concurrent transaction (which locks the row for update) cannot slip through. */
async function lockForAssessment(trx: Trx, id: string): Promise<PartnershipRow> {
  const row = isUuid(id) ? await trx.selectFrom('partnerships').selectAll().where('id', '=', id).forShare().executeTakeFirst() : undefined;
  if (!row) throw notFound('Partnership', id);
  return row;
}

/** Members of the partnership and administrators (and the system, for demo data); curators correct records but do not speak for the partners. */
async function requireAssessor(trx: Trx, actor: Actor, partnership: PartnershipRow): Promise<string | null> {
  if (actor.kind === 'system') return null;
  const accountId = requireSignedIn(actor.viewer, 'assess the partnership');
  if (actor.viewer.isAdmin || (await isMember(trx, partnership.id, accountId))) return accountId;
  throw forbidden('Only members of the partnership may assess it');
}
