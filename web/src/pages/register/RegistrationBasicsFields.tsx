import type { Phase, Scope } from '../../api/partnership-types';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { PHASE_LABELS } from '../../labels/phase-labels';
import { SCOPE_LABELS } from '../../labels/scope-labels';
import { optionsFromLabels } from '../../reference/options-from-labels';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import type { RegistrationForm } from './registration-form';
import type { RegistrationSectionProps } from './registration-section-props';

const PHASE_OPTIONS = optionsFromLabels(PHASE_LABELS);
const SCOPE_OPTIONS = optionsFromLabels(SCOPE_LABELS);

export function RegistrationBasicsFields({ form, problems, onChange }: RegistrationSectionProps) {
  const field = <Key extends keyof RegistrationForm>(key: Key) => ({
    id: fieldIdFor(`input.${key}`),
    errors: messagesAt(problems, `input.${key}`),
    onChange: (value: RegistrationForm[Key]) => onChange((current) => ({ ...current, [key]: value })),
  });

  return (
    <section className="form-section" aria-labelledby="basics-heading">
      <h2 id="basics-heading">The partnership</h2>
      <TextField {...field('name')} label="Name" value={form.name} required maxLength={200} />
      <TextField {...field('summary')} label="Summary" hint="One sentence: what the partnership does." value={form.summary} />
      <TextAreaField {...field('description')} label="Description" rows={5} value={form.description} />
      <TextField {...field('website')} label="Website" type="url" placeholder="https://" value={form.website} />
      <div className="field-row">
        <SelectField
          {...field('phase')}
          label="Current phase"
          value={form.phase}
          options={PHASE_OPTIONS}
          onChange={(value) => onChange((current) => ({ ...current, phase: value as Phase }))}
        />
        <SelectField
          {...field('scope')}
          label="Scope"
          value={form.scope}
          options={SCOPE_OPTIONS}
          onChange={(value) => onChange((current) => ({ ...current, scope: value as Scope }))}
        />
      </div>
      <div className="field-row">
        <TextField {...field('startDate')} label="Start date" type="date" value={form.startDate} />
        <TextField {...field('endDate')} label="End date" type="date" value={form.endDate} />
      </div>
      <TextAreaField {...field('objectives')} label="Objectives" hint="One objective per line." rows={3} value={form.objectives} />
    </section>
  );
}
