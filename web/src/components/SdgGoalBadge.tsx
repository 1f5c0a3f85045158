import { useTranslation } from 'react-i18next';
import { getSdgGoal } from '@msp-atlas/sdg-framework/goals';
import { readableTextColor } from '../format/readable-text-color';
import { localizedTitle } from '../i18n/sdg-locale';

interface SdgGoalBadgeProps {
  goalCode: string;
  /** Show the short title next to the number. */
  withTitle?: boolean;
}

/** A goal in its official colour: the number for the eye, the full name for screen readers and tooltips. */
export function SdgGoalBadge({ goalCode, withTitle = false }: SdgGoalBadgeProps) {
  const { t } = useTranslation();
  const goal = getSdgGoal(goalCode);
  if (!goal) return <span className="sdg-badge">{t('sdg.goal', { number: goalCode })}</span>;
  return (
    <span
      className="sdg-badge"
      style={{ backgroundColor: goal.color, color: readableTextColor(goal.color) }}
      title={t('sdg.goalWithTitle', { number: goal.number, title: localizedTitle(goal.shortTitle) })}
    >
      <span aria-hidden="true">{withTitle ? `${goal.number} · ${localizedTitle(goal.shortTitle)}` : goal.number}</span>
      <span className="visually-hidden">{t('sdg.goalWithTitle', { number: goal.number, title: localizedTitle(goal.shortTitle) })}</span>
    </span>
  );
}
