import { useTranslation } from 'react-i18next';
import { ContactFields } from '../partnership-form/ContactFields';
import type { FormSectionProps } from '../partnership-form/form-section-props';
import type { RegistrationForm } from './registration-form';

/** One contact person, optional; the API shows it to the partnership's members only. */
export function ContactPersonFields({ form, problems, onChange }: FormSectionProps<RegistrationForm>) {
  const { t } = useTranslation();
  return (
    <section className="form-section" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{t('form.contactPersonHeading')}</h2>
      <p className="section-note">{t('form.contactPersonNote')}</p>
      <ContactFields index={0} contact={form.contact} problems={problems} onChange={(contact) => onChange((current) => ({ ...current, contact }))} />
    </section>
  );
}
