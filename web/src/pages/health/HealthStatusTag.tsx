import type { HealthStatus } from '../../api/schema-types';
import { HEALTH_STATUS_LABELS } from '../../labels/health-status-labels';

// A shape per status as well as a colour, so the status never rests on colour alone
// (the label says it in words; the mark helps scanning a grid).
const MARKS: Record<HealthStatus, string> = {
  STRONG: '●',
  ADEQUATE: '◕',
  WEAK: '◔',
  MISSING: '○',
  NOT_YET_EXPECTED: '–',
};

export function HealthStatusTag({ status }: { status: HealthStatus }) {
  return (
    <span className={`tag health-status health-status-${status.toLowerCase()}`} data-status={status}>
      <span aria-hidden="true" className="health-status-mark">
        {MARKS[status]}
      </span>{' '}
      {HEALTH_STATUS_LABELS[status]}
    </span>
  );
}
