import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { DetailSection } from './DetailSection';
import type { ContactPersonFragment } from './contacts-section-fragment';

type ContactPerson = ResultOf<typeof ContactPersonFragment>;

/** Contact persons: personal data the API gives to the partnership's members only. */
export function ContactsSection({ contacts }: { contacts: ContactPerson[] }) {
  const { t } = useTranslation();
  return (
    <DetailSection id="contacts" title={t('detail.contactPersons')} isEmpty={contacts.length === 0} emptyText={t('detail.noContactPersonsRecorded')}>
      <p className="section-note">{t('detail.contactsForMembersOnly')}</p>
      <ul className="item-list" data-testid="contacts">
        {contacts.map((contact, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no id and an email may be missing or repeat; the list is drawn anew, never reordered
          <li key={`${contact.email}-${index}`} className="card item-row">
            <div>
              <p>
                <strong>{contact.name}</strong>
                {contact.role && <span className="muted"> · {contact.role}</span>}
              </p>
              <p>
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
                {contact.phone && (
                  <>
                    {' · '}
                    <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
                  </>
                )}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
