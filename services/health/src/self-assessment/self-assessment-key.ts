import { badUserInput, isUuid } from '@msp-atlas/federation';
import type { SelfAssessmentKey } from './self-assessment.repository.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The decoded `after` key as [assessedOn, submittedAt, id]; BAD_USER_INPUT for a key this list never gave out. */
export function selfAssessmentKey(key: readonly unknown[], field = 'after'): SelfAssessmentKey {
  const [assessedOn, submittedAt, id] = key;
  const valid =
    key.length === 3 &&
    typeof assessedOn === 'string' &&
    ISO_DATE.test(assessedOn) &&
    typeof submittedAt === 'string' &&
    !Number.isNaN(Date.parse(submittedAt)) &&
    typeof id === 'string' &&
    isUuid(id);
  if (!valid) throw badUserInput('Not a cursor of this list', field);
  return [assessedOn, submittedAt, id];
}
