import { sdgGoals } from '@msp-atlas/sdg-framework/goals';
import { readableTextColor } from '../../format/readable-text-color';

interface SdgGoalChipsProps {
  selected: readonly string[];
  onToggle: (goalCode: string) => void;
}

/** One toggle per goal in its colour; pressed goals filter the list (any of them matches). */
export function SdgGoalChips({ selected, onToggle }: SdgGoalChipsProps) {
  return (
    <fieldset className="goal-chips">
      <legend>SDG goals</legend>
      <div className="goal-chip-grid">
        {sdgGoals.map((goal) => {
          const pressed = selected.includes(goal.code);
          return (
            <button
              key={goal.code}
              type="button"
              className="goal-chip"
              aria-pressed={pressed}
              title={`SDG ${goal.number}: ${goal.title.en}`}
              style={{
                borderColor: goal.color,
                backgroundColor: pressed ? goal.color : undefined,
                color: pressed ? readableTextColor(goal.color) : undefined,
                ['--goal-color' as string]: goal.color,
              }}
              onClick={() => onToggle(goal.code)}
            >
              <span className="goal-chip-number">{goal.number}</span>
              <span className="visually-hidden">{`SDG ${goal.number}: ${goal.shortTitle.en}`}</span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
