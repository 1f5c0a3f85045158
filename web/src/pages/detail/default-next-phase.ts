import type { Phase } from '../../api/schema-types';
import { PHASE_CODES } from '../../labels/phase-labels';

/** The phase a change most likely goes to: the next one, or back one from the last phase. */
export function defaultNextPhase(current: Phase): Phase {
  const index = PHASE_CODES.indexOf(current);
  return PHASE_CODES[index + 1] ?? PHASE_CODES[index - 1] ?? current;
}
