import { useTranslation } from 'react-i18next';
import type { GraphqlProblem } from '../../api/graphql-problems';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import { TextField } from '../../components/TextField';
import type { ContactDraft } from './partnership-form-fields';

interface ContactFieldsProps {
  /** The row: its fields are `input.contacts[index].…`. */
  index: number;
  contact: ContactDraft;
  problems: readonly GraphqlProblem[];
  onChange: (contact: ContactDraft) => void;
}

/** Name, role, e-mail and phone of one contact person. */
export function ContactFields({ index, contact, problems, onChange }: ContactFieldsProps) {
  const { t } = useTranslation();
  const field = (key: keyof ContactDraft) => ({
    id: fieldIdFor(`input.contacts[${index}].${key}`),
    value: contact[key],
    errors: messagesAt(problems, `input.contacts[${index}].${key}`),
    onChange: (value: string) => onChange({ ...contact, [key]: value }),
  });
  return (
    <>
      <div className="field-row">
        <TextField {...field('name')} label={t('form.contactName')} autoComplete="off" />
        <TextField {...field('role')} label={t('form.roleOrTitle')} hint={t('form.eGSecretariatCoordinator')} />
      </div>
      <div className="field-row">
        <TextField {...field('email')} label={t('form.contactEMail')} type="email" autoComplete="off" />
        <TextField {...field('phone')} label={t('form.contactPhone')} type="tel" autoComplete="off" />
      </div>
    </>
  );
}
