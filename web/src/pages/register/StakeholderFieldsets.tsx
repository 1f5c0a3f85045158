import { useTranslation } from 'react-i18next';
import { emptyStakeholder, type RegistrationForm, type StakeholderDraft } from './registration-form';
import type { FormSectionProps } from '../partnership-form/form-section-props';
import { StakeholderFieldset } from './StakeholderFieldset';

/** The partner organisations; rows left completely empty are not registered. */
export function StakeholderFieldsets({ form, problems, onChange }: FormSectionProps<RegistrationForm>) {
  const { t } = useTranslation();
  const replace = (row: number, draft: StakeholderDraft) =>
    onChange((current) => ({ ...current, stakeholders: current.stakeholders.map((item, index) => (index === row ? draft : item)) }));
  const remove = (row: number) => onChange((current) => ({ ...current, stakeholders: current.stakeholders.filter((_, index) => index !== row) }));

  return (
    <section className="form-section" aria-labelledby="stakeholders-heading">
      <h2 id="stakeholders-heading">{t('form.stakeholders')}</h2>
      <p className="section-note">{t('form.stakeholdersNote')}</p>
      {form.stakeholders.map((draft, row) => (
        <StakeholderFieldset
          key={draft.key}
          index={row}
          draft={draft}
          problems={problems}
          onChange={(next) => replace(row, next)}
          onRemove={form.stakeholders.length > 1 ? () => remove(row) : null}
        />
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange((current) => ({ ...current, stakeholders: [...current.stakeholders, emptyStakeholder()] }))}
      >
        {t('form.addAnotherStakeholder')}
      </button>
    </section>
  );
}
