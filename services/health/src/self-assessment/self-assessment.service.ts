import { requireSignedIn, type Actor } from '@msp-atlas/access';
import { appendTypedEvents } from '@msp-atlas/event-contracts';
import { badUserInput, forbidden, isUuid, notFound } from '@msp-atlas/federation';
import { randomUUID } from 'node:crypto';
import { SCHEMA as SOURCE, type Db, type Trx } from '../database.js';
import { today } from '../domain/clock.js';
import { evaluatePartnerships } from '../health-projection/evaluate-partnerships.js';
import { isMember } from '../membership/partnership-member.repository.js';
import { registrationOf } from '../registry/partnership-record.repository.js';
import { insertSelfAssessment } from './self-assessment.repository.js';
import type { SelfAssessmentRow, SelfAssessmentScoreRow } from './self-assessment.table.js';
import { earliestAssessmentDate, selfAssessmentValues } from './self-assessment.validation.js';
import type { SubmitSelfAssessmentInput } from './submit-self-assessment.input.js';

export interface SubmittedSelfAssessment {
  partnershipId: string;
  assessment: SelfAssessmentRow;
  scores: SelfAssessmentScoreRow[];
}

/**
 * Records members' own scores and its event, and re-evaluates the partnership's health
 * row, in one transaction. The partnership is the registry's: whether it exists, when
 * it was registered and who its members are come from the registry's events (the
 * projection), which the caller has let catch up first.
 */
export async function submitSelfAssessment(db: Db, actor: Actor, input: SubmitSelfAssessmentInput): Promise<SubmittedSelfAssessment> {
  const accountId = actor.kind === 'system' ? null : requireSignedIn(actor.viewer, 'assess the partnership');
  const values = selfAssessmentValues(input);
  return db.transaction().execute(async (trx) => {
    const registration = isUuid(input.partnershipId) ? await registrationOf(trx, input.partnershipId) : undefined;
    if (!registration) throw notFound('Partnership', input.partnershipId);
    await requireAssessor(trx, actor, input.partnershipId, accountId);
    if (values.assessedOn < earliestAssessmentDate(registration.registered_at)) {
      throw badUserInput(`A self-assessment cannot date from before ${earliestAssessmentDate(registration.registered_at)}`, 'input.assessedOn');
    }
    const id = randomUUID();
    const { assessment, scores } = await insertSelfAssessment(
      trx,
      { id, partnership_id: input.partnershipId, assessed_on: values.assessedOn, submitted_by: accountId },
      values.scores.map((score, position) => ({ position, ...score })),
    );
    await appendTypedEvents(trx, SOURCE, [
      {
        type: 'SelfAssessmentSubmitted',
        aggregateId: id,
        aggregateVersion: 1,
        payload: {
          selfAssessmentId: id,
          partnershipId: input.partnershipId,
          assessedOn: assessment.assessed_on,
          scores: values.scores.map(({ factor, score }) => ({ factor, score })),
        },
      },
    ]);
    await evaluatePartnerships(trx, [input.partnershipId], today());
    return { partnershipId: input.partnershipId, assessment, scores };
  });
}

/** Members of the partnership and administrators (and the system, for demo data); curators correct records but do not speak for the partners. */
async function requireAssessor(trx: Trx, actor: Actor, partnershipId: string, accountId: string | null): Promise<void> {
  if (actor.kind === 'system' || accountId === null) return;
  if (actor.viewer.isAdmin || (await isMember(trx, partnershipId, accountId))) return;
  throw forbidden('Only members of the partnership may assess it');
}
