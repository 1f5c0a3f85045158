import { getSdgGoal } from '@msp-atlas/sdg-framework/goals';
import { readableTextColor } from '../format/readable-text-color';

interface SdgGoalBadgeProps {
  goalCode: string;
  /** Show the short title next to the number. */
  withTitle?: boolean;
}

/** A goal in its official colour: the number for the eye, the full name for screen readers and tooltips. */
export function SdgGoalBadge({ goalCode, withTitle = false }: SdgGoalBadgeProps) {
  const goal = getSdgGoal(goalCode);
  if (!goal) return <span className="sdg-badge">SDG {goalCode}</span>;
  return (
    <span
      className="sdg-badge"
      style={{ backgroundColor: goal.color, color: readableTextColor(goal.color) }}
      title={`SDG ${goal.number}: ${goal.shortTitle.en}`}
    >
      <span aria-hidden="true">{withTitle ? `${goal.number} · ${goal.shortTitle.en}` : goal.number}</span>
      <span className="visually-hidden">{`SDG ${goal.number}: ${goal.shortTitle.en}`}</span>
    </span>
  );
}
