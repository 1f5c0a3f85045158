import { useTranslation } from 'react-i18next';
import { sdgGoals } from '@msp-atlas/sdg-framework/goals';
import { readableTextColor } from '../../format/readable-text-color';
import { localizedTitle } from '../../i18n/sdg-locale';

interface SdgGoalChipsProps {
  selected: readonly string[];
  onToggle: (goalCode: string) => void;
}

/** One toggle per goal in its colour; pressed goals filter the list (any of them matches). */
export function SdgGoalChips({ selected, onToggle }: SdgGoalChipsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="goal-chips">
      <legend>{t('list.filters.goals')}</legend>
      <div className="goal-chip-grid">
        {sdgGoals.map((goal) => {
          const pressed = selected.includes(goal.code);
          return (
            <button
              key={goal.code}
              type="button"
              className="goal-chip"
              aria-pressed={pressed}
              title={t('sdg.goalWithTitle', { number: goal.number, title: localizedTitle(goal.title) })}
              style={{
                borderColor: goal.color,
                backgroundColor: pressed ? goal.color : undefined,
                color: pressed ? readableTextColor(goal.color) : undefined,
                ['--goal-color' as string]: goal.color,
              }}
              onClick={() => onToggle(goal.code)}
            >
              <span className="goal-chip-number">{goal.number}</span>
              <span className="visually-hidden">{t('sdg.goalWithTitle', { number: goal.number, title: localizedTitle(goal.shortTitle) })}</span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
