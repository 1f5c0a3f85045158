import { useTranslation } from 'react-i18next';
import { CodePicker } from '../../components/CodePicker';
import { COUNTRY_OPTIONS } from '../../reference/country-options';
import { REGION_OPTIONS } from '../../reference/region-options';
import { SECTOR_OPTIONS } from '../../reference/sector-options';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import type { FormSectionProps } from './form-section-props';
import type { PartnershipFormFields } from './partnership-form-fields';
import { SdgTargetPicker } from './SdgTargetPicker';

type ListKey = 'countries' | 'regions' | 'sectors' | 'sdgTargets';

/** Where the partnership works, in which sectors, and towards which SDG targets. */
export function PartnershipPlaceFields<Form extends PartnershipFormFields>({ form, problems, onChange }: FormSectionProps<Form>) {
  const { t } = useTranslation();
  const list = (key: ListKey) => ({
    id: fieldIdFor(`input.${key}`),
    value: form[key],
    errors: messagesAt(problems, `input.${key}`),
    onChange: (codes: string[]) => onChange((current) => ({ ...current, [key]: codes })),
  });

  return (
    <section className="form-section" aria-labelledby="place-heading">
      <h2 id="place-heading">{t('form.whereAndWhat')}</h2>
      <CodePicker {...list('countries')} label={t('form.countries')} options={COUNTRY_OPTIONS} hint={t('form.typeACountryName')} />
      <CodePicker {...list('regions')} label={t('form.regions')} options={REGION_OPTIONS} hint={t('form.forRegionalOrGlobal')} />
      <CodePicker {...list('sectors')} label={t('form.sectors')} options={SECTOR_OPTIONS} hint={t('form.oecdDacSectorsE')} />
      <SdgTargetPicker {...list('sdgTargets')} />
    </section>
  );
}
