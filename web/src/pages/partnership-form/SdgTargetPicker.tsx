import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { compareSdgCodes, getSdgGoal, sdgGoals, targetsOfGoal } from '@msp-atlas/sdg-framework';
import { FieldError } from '../../components/FieldError';
import { readableTextColor } from '../../format/readable-text-color';
import { localizedTitle } from '../../i18n/sdg-locale';
import { groupTargetsByGoal } from '../../reference/group-targets-by-goal';
import { sdgTargetTitle } from '../../reference/sdg-target-title';

interface SdgTargetPickerProps {
  id: string;
  value: readonly string[];
  onChange: (targetCodes: string[]) => void;
  errors?: readonly string[];
}

/** Pick a goal, tick its targets; chosen targets stay listed under their goal across goal switches. */
export function SdgTargetPicker({ id, value, onChange, errors = [] }: SdgTargetPickerProps) {
  const { t } = useTranslation();
  const [goalCode, setGoalCode] = useState('');
  const goal = getSdgGoal(goalCode);
  const toggle = (code: string, checked: boolean) => onChange(checked ? [...value, code].sort(compareSdgCodes) : value.filter((item) => item !== code));

  return (
    <fieldset className="field sdg-target-picker" aria-describedby={errors.length > 0 ? `${id}-error` : undefined}>
      <legend>{t('form.sdgTargets')}</legend>
      <p className="field-hint">{t('form.chooseAGoalThen')}</p>
      <label htmlFor={id}>{t('form.goal')}</label>
      <select id={id} value={goalCode} onChange={(event) => setGoalCode(event.target.value)}>
        <option value="">{t('form.chooseAGoal')}</option>
        {sdgGoals.map((item) => (
          <option key={item.code} value={item.code}>
            {`${item.number}. ${localizedTitle(item.shortTitle)}`}
          </option>
        ))}
      </select>
      {goal && (
        // biome-ignore lint/a11y/useSemanticElements: a group of controls that are not one form field; a fieldset would bring its own border and legend layout
        <div
          className="target-choices"
          role="group"
          aria-label={t('form.targetsOfGoal', { number: goal.number, title: localizedTitle(goal.shortTitle) })}
          style={{ borderColor: goal.color }}
        >
          {targetsOfGoal(goal.code).map((target) => (
            <label key={target.code} className="checkbox">
              <input type="checkbox" checked={value.includes(target.code)} onChange={(event) => toggle(target.code, event.target.checked)} />
              <span>
                <strong>{target.code}</strong> {localizedTitle(target.title)}
              </span>
            </label>
          ))}
        </div>
      )}
      {value.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a group of chosen targets (lists of chips), not a form field; a fieldset would bring its own border and legend layout
        <div className="chosen-targets" aria-label={t('form.chosenTargets')} role="group">
          {groupTargetsByGoal(value).map(({ goal: group, targetCodes }) => (
            <ul key={group.code} className="chips">
              {targetCodes.map((code) => (
                <li
                  key={code}
                  className="chip chip-goal"
                  style={{ backgroundColor: group.color, color: readableTextColor(group.color) }}
                  title={sdgTargetTitle(code)}
                >
                  <span>{code}</span>
                  <button type="button" className="chip-remove" aria-label={t('form.removeTarget', { code })} onClick={() => toggle(code, false)}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ))}
        </div>
      )}
      <FieldError id={`${id}-error`} messages={errors} />
    </fieldset>
  );
}
