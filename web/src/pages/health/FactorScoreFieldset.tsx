import { useTranslation } from 'react-i18next';
import type { HealthStatus, SuccessFactor } from '../../api/schema-types';
import { FieldError } from '../../components/FieldError';
import { describedBy, fieldIdFor } from '../../components/field-ids';
import { SUCCESS_FACTOR_LABELS } from '../../labels/success-factor-labels';
import { HealthStatusTag } from './HealthStatusTag';
import { noteFieldOf, scoreFieldOf, type ScoreDraft } from './self-assessment-form';

interface FactorScoreFieldsetProps {
  factor: SuccessFactor;
  draft: ScoreDraft;
  /** What the data says of the factor, shown beside the members' own view. */
  dataStatus: HealthStatus | undefined;
  scoreErrors: readonly string[];
  noteErrors: readonly string[];
  onChange: (draft: ScoreDraft) => void;
}

const SCORES = [1, 2, 3, 4, 5] as const;

/** One factor: a radio group 1..5 (or no score) with its legend, and an optional note. Arrow keys move within the group. */
export function FactorScoreFieldset({ factor, draft, dataStatus, scoreErrors, noteErrors, onChange }: FactorScoreFieldsetProps) {
  const { t } = useTranslation();
  const scoreId = fieldIdFor(scoreFieldOf(factor));
  const noteId = fieldIdFor(noteFieldOf(factor));
  const scoreInvalid = scoreErrors.length > 0;
  const noteInvalid = noteErrors.length > 0;
  return (
    <fieldset
      className="health-score-fieldset"
      data-factor={factor}
      aria-describedby={describedBy(scoreId, Boolean(dataStatus), scoreInvalid)}
      aria-invalid={scoreInvalid || undefined}
    >
      <legend>{SUCCESS_FACTOR_LABELS[factor]}</legend>
      {dataStatus && (
        <p className="field-hint" id={`${scoreId}-hint`}>
          {t('health.form.dataSays')} <HealthStatusTag status={dataStatus} />
        </p>
      )}
      <div className="health-score-options" id={scoreId}>
        <label className="health-score-option">
          <input type="radio" name={`score-${factor}`} value="" checked={draft.score === null} onChange={() => onChange({ ...draft, score: null })} />
          {t('health.form.noScore')}
        </label>
        {SCORES.map((score) => (
          <label key={score} className="health-score-option">
            <input type="radio" name={`score-${factor}`} value={score} checked={draft.score === score} onChange={() => onChange({ ...draft, score })} />
            {t(`health.form.score.${score}`)}
          </label>
        ))}
      </div>
      <FieldError id={`${scoreId}-error`} messages={scoreErrors} />
      <div className="field health-note-field">
        <label htmlFor={noteId}>{t('health.form.note', { factor: SUCCESS_FACTOR_LABELS[factor] })}</label>
        <textarea
          id={noteId}
          rows={2}
          value={draft.note}
          onChange={(event) => onChange({ ...draft, note: event.target.value })}
          aria-invalid={noteInvalid || undefined}
          aria-describedby={describedBy(noteId, false, noteInvalid)}
        />
        <FieldError id={`${noteId}-error`} messages={noteErrors} />
      </div>
    </fieldset>
  );
}
