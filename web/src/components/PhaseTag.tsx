import type { Phase } from '../api/schema-types';
import { PHASE_LABELS } from '../labels/phase-labels';

export function PhaseTag({ phase }: { phase: Phase }) {
  return <span className={`tag tag-phase tag-phase-${phase.toLowerCase()}`}>{PHASE_LABELS[phase]}</span>;
}
