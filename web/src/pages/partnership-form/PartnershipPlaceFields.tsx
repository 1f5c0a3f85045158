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
  const list = (key: ListKey) => ({
    id: fieldIdFor(`input.${key}`),
    value: form[key],
    errors: messagesAt(problems, `input.${key}`),
    onChange: (codes: string[]) => onChange((current) => ({ ...current, [key]: codes })),
  });

  return (
    <section className="form-section" aria-labelledby="place-heading">
      <h2 id="place-heading">Where and what</h2>
      <CodePicker {...list('countries')} label="Countries" options={COUNTRY_OPTIONS} hint="Type a country name and press Enter." />
      <CodePicker {...list('regions')} label="Regions" options={REGION_OPTIONS} hint="For regional or global partnerships, e.g. Eastern Africa or World." />
      <CodePicker {...list('sectors')} label="Sectors" options={SECTOR_OPTIONS} hint="OECD DAC sectors, e.g. Water Supply & Sanitation." />
      <SdgTargetPicker {...list('sdgTargets')} />
    </section>
  );
}
