import { fieldIdFor, messagesAt } from '../../components/field-ids';
import { TextField } from '../../components/TextField';
import type { ContactDraft } from './registration-form';
import type { RegistrationSectionProps } from './registration-section-props';

/** One contact person, optional; the API shows it to the partnership's members only. */
export function ContactPersonFields({ form, problems, onChange }: RegistrationSectionProps) {
  const field = (key: keyof ContactDraft) => ({
    id: fieldIdFor(`input.contacts[0].${key}`),
    value: form.contact[key],
    errors: messagesAt(problems, `input.contacts[0].${key}`),
    onChange: (value: string) => onChange((current) => ({ ...current, contact: { ...current.contact, [key]: value } })),
  });
  return (
    <section className="form-section" aria-labelledby="contact-heading">
      <h2 id="contact-heading">Contact person</h2>
      <p className="section-note">
        Optional. Only members of the partnership see the contact person; everyone else sees that one exists.
      </p>
      <div className="field-row">
        <TextField {...field('name')} label="Contact name" autoComplete="off" />
        <TextField {...field('role')} label="Role or title" hint="E.g. Secretariat coordinator." />
      </div>
      <div className="field-row">
        <TextField {...field('email')} label="Contact e-mail" type="email" autoComplete="off" />
        <TextField {...field('phone')} label="Contact phone" type="tel" autoComplete="off" />
      </div>
    </section>
  );
}
