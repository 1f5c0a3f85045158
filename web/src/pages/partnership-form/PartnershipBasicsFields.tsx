import { useTranslation } from 'react-i18next';
import type { Scope } from '../../api/schema-types';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { SCOPE_LABELS } from '../../labels/scope-labels';
import type { CodeOption } from '../../reference/code-option';
import { optionsFromLabels } from '../../reference/options-from-labels';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import type { FormSectionProps } from './form-section-props';
import type { PartnershipFormFields } from './partnership-form-fields';

const SCOPE_OPTIONS = optionsFromLabels(SCOPE_LABELS);

interface PartnershipBasicsFieldsProps<Form> extends FormSectionProps<Form> {
  /** The select next to the scope: the phase when registering, the status when editing. */
  stateField: { key: Exclude<keyof Form, keyof PartnershipFormFields> & string; label: string; options: readonly CodeOption[] };
}

/** Name, texts, website, scope, dates and objectives: what a registration and an edit share. */
export function PartnershipBasicsFields<Form extends PartnershipFormFields>({ form, problems, onChange, stateField }: PartnershipBasicsFieldsProps<Form>) {
  const { t } = useTranslation();
  const field = <Key extends keyof PartnershipFormFields>(key: Key) => ({
    id: fieldIdFor(`input.${key}`),
    errors: messagesAt(problems, `input.${key}`),
    onChange: (value: Form[Key]) => onChange((current) => ({ ...current, [key]: value })),
  });

  return (
    <section className="form-section" aria-labelledby="basics-heading">
      <h2 id="basics-heading">{t('form.thePartnership')}</h2>
      <TextField {...field('name')} label={t('form.name')} value={form.name} required maxLength={200} />
      <TextField {...field('summary')} label={t('form.summary')} hint={t('form.oneSentenceWhatThe')} value={form.summary} />
      <TextAreaField {...field('description')} label={t('form.description')} rows={5} value={form.description} />
      <TextField {...field('website')} label={t('form.website')} type="url" placeholder={t('form.https')} value={form.website} />
      <div className="field-row">
        <SelectField
          id={fieldIdFor(`input.${stateField.key}`)}
          errors={messagesAt(problems, `input.${stateField.key}`)}
          label={stateField.label}
          value={String(form[stateField.key])}
          options={stateField.options}
          onChange={(value) => onChange((current) => ({ ...current, [stateField.key]: value }))}
        />
        <SelectField
          {...field('scope')}
          label={t('form.scope')}
          value={form.scope}
          options={SCOPE_OPTIONS}
          onChange={(value) => onChange((current) => ({ ...current, scope: value as Scope }))}
        />
      </div>
      <div className="field-row">
        <TextField {...field('startDate')} label={t('form.startDate')} type="date" value={form.startDate} />
        <TextField {...field('endDate')} label={t('form.endDate')} type="date" value={form.endDate} />
      </div>
      <TextAreaField {...field('objectives')} label={t('form.objectives')} hint={t('form.oneObjectivePerLine')} rows={3} value={form.objectives} />
    </section>
  );
}
