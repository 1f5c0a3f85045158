import { useTranslation } from 'react-i18next';
import { ContactFields } from '../partnership-form/ContactFields';
import type { FormSectionProps } from '../partnership-form/form-section-props';
import { contactRow, type ContactRow, type PartnershipEditForm } from './edit-form';

/** The API keeps at most this many contact persons. */
const MAX_CONTACTS = 10;

interface ContactListFieldsProps extends FormSectionProps<PartnershipEditForm> {
  contacts: readonly ContactRow[];
}

/** The contact persons, for members only: what is saved replaces the stored list. */
export function ContactListFields({ contacts, problems, onChange }: ContactListFieldsProps) {
  const { t } = useTranslation();
  const setContacts = (update: (rows: ContactRow[]) => ContactRow[]) => onChange((current) => ({ ...current, contacts: update(current.contacts ?? []) }));
  return (
    <section className="form-section" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{t('form.contactPersons')}</h2>
      <p className="section-note">{t('form.onlyMembersOfThe')}</p>
      {contacts.map((row, index) => (
        <fieldset key={row.key} className="card contact-fieldset">
          <legend>{t('form.contactPerson', { number: index + 1 })}</legend>
          <ContactFields
            index={index}
            contact={row}
            problems={problems}
            onChange={(contact) => setContacts((rows) => rows.map((item) => (item.key === row.key ? { ...contact, key: row.key } : item)))}
          />
          <button type="button" className="button button-link button-danger" onClick={() => setContacts((rows) => rows.filter((item) => item.key !== row.key))}>
            {t('form.removeContactPerson', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      {contacts.length < MAX_CONTACTS && (
        <button type="button" className="button button-secondary" onClick={() => setContacts((rows) => [...rows, contactRow()])}>
          {t('form.addAContactPerson')}
        </button>
      )}
    </section>
  );
}
