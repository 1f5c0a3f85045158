import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import type { FormSectionProps } from './form-section-props';
import type { PartnershipFormFields } from './partnership-form-fields';

type ContinuityKey = 'problemStatement' | 'continuationPlan' | 'lastEvaluatedOn';

/**
 * The shared problem, the plan for carrying the work on, and the last evaluation: what the
 * health check reads for a shared language, continuity and evaluation. No length limit in
 * the browser, so an over-long text gets the API's reason at the field rather than being cut.
 */
export function PartnershipContinuityFields<Form extends PartnershipFormFields>({ form, problems, onChange }: FormSectionProps<Form>) {
  const { t } = useTranslation();
  const field = (key: ContinuityKey) => ({
    id: fieldIdFor(`input.${key}`),
    errors: messagesAt(problems, `input.${key}`),
    value: form[key],
    onChange: (value: string) => onChange((current) => ({ ...current, [key]: value })),
  });

  return (
    <section className="form-section" aria-labelledby="continuity-heading">
      <h2 id="continuity-heading">{t('form.strategyAndContinuity')}</h2>
      <TextAreaField {...field('problemStatement')} label={t('form.problemStatement')} hint={t('form.problemStatementHint')} rows={4} />
      <TextAreaField {...field('continuationPlan')} label={t('form.continuationPlan')} hint={t('form.continuationPlanHint')} rows={4} />
      <TextField {...field('lastEvaluatedOn')} label={t('form.lastEvaluatedOn')} hint={t('form.lastEvaluatedOnHint')} type="date" />
    </section>
  );
}
