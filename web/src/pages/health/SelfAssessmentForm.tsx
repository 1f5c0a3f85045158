import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphqlProblems, type GraphqlProblem } from '../../api/graphql-problems';
import type { HealthStatus, SuccessFactor } from '../../api/schema-types';
import { SUBMIT_SELF_ASSESSMENT_MUTATION } from '../../api/submit-self-assessment-mutation';
import { FormProblems } from '../../components/FormProblems';
import { TextField } from '../../components/TextField';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import { todayIso } from '../../format/today-iso';
import { SUCCESS_FACTOR_AREA_CODES, SUCCESS_FACTOR_AREA_LABELS } from '../../labels/success-factor-area-labels';
import { SUCCESS_FACTORS_BY_AREA } from '../../reference/success-factor-areas';
import { FactorScoreFieldset } from './FactorScoreFieldset';
import { emptyDrafts, formFieldOf, noteFieldOf, planSubmission, scoreFieldOf, type ScoreDrafts } from './self-assessment-form';

interface SelfAssessmentFormProps {
  partnershipId: string;
  dataStatuses: ReadonlyMap<SuccessFactor, HealthStatus>;
  /** Called once the API has kept the assessment. */
  onSubmitted: () => void;
}

const DATE_FIELD = 'input.assessedOn';

/** The members' own view: each factor scored 1..5 with a note, grouped by area, dated (today unless changed). */
export function SelfAssessmentForm({ partnershipId, dataStatuses, onSubmitted }: SelfAssessmentFormProps) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<ScoreDrafts>(emptyDrafts);
  const [assessedOn, setAssessedOn] = useState(todayIso);
  const [problems, setProblems] = useState<GraphqlProblem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ fetching }, execute] = useMutation(SUBMIT_SELF_ASSESSMENT_MUTATION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const plan = planSubmission(drafts);
    const [firstProblem] = plan.problems;
    if (firstProblem) {
      setProblems(plan.problems.map(({ field, message }) => ({ field, message, code: 'BAD_USER_INPUT' })));
      focusFirst(firstProblem.field);
      return;
    }
    const input = { partnershipId, scores: plan.scores, ...(assessedOn ? { assessedOn } : {}) };
    const result = await execute({ input });
    const data = result.data;
    if (result.error || !data) {
      // The API names the entry it refuses by its index in what was sent: placed at that factor.
      const mapped = graphqlProblems(result.error).map((problem) => ({ ...problem, field: formFieldOf(problem.field, plan.factors) }));
      setProblems(mapped);
      const first = mapped.find((problem) => problem.field);
      if (first?.field) focusFirst(first.field);
      return;
    }
    setProblems([]);
    setDrafts(emptyDrafts());
    setNotice(t('health.form.submitted'));
    onSubmitted();
  };

  const fieldPaths = [
    DATE_FIELD,
    'input.scores',
    ...SUCCESS_FACTOR_AREA_CODES.flatMap((area) => SUCCESS_FACTORS_BY_AREA[area].flatMap((f) => [scoreFieldOf(f), noteFieldOf(f)])),
  ];
  return (
    <form className="card form-section health-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="self-assessment-form-heading">
      <h2 id="self-assessment-form-heading">{t('health.form.heading')}</h2>
      <p className="section-note">{t('health.form.lead')}</p>
      <FormProblems title={t('health.form.problem')} problems={problems} fields={fieldPaths.filter((path) => path !== 'input.scores')} />
      <TextField
        id={fieldIdFor(DATE_FIELD)}
        label={t('health.form.date')}
        type="date"
        value={assessedOn}
        onChange={setAssessedOn}
        errors={messagesAt(problems, DATE_FIELD)}
      />
      {SUCCESS_FACTOR_AREA_CODES.map((area) => (
        <fieldset key={area} className="health-area-fieldset" data-area={area}>
          <legend>{SUCCESS_FACTOR_AREA_LABELS[area]}</legend>
          {SUCCESS_FACTORS_BY_AREA[area].map((factor) => (
            <FactorScoreFieldset
              key={factor}
              factor={factor}
              draft={drafts[factor]}
              dataStatus={dataStatuses.get(factor)}
              scoreErrors={messagesAt(problems, scoreFieldOf(factor))}
              noteErrors={messagesAt(problems, noteFieldOf(factor))}
              onChange={(draft) => setDrafts((current) => ({ ...current, [factor]: draft }))}
            />
          ))}
        </fieldset>
      ))}
      <p role="status" className="health-form-notice">
        {notice}
      </p>
      <button type="submit" className="button" disabled={fetching}>
        {t('health.form.submit')}
      </button>
    </form>
  );
}

function focusFirst(field: string): void {
  const id = fieldIdFor(field);
  const target = document.getElementById(id);
  const control = target?.matches('input, textarea, select') ? target : target?.querySelector<HTMLElement>('input:checked, input');
  control?.focus();
}
