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
  const field = (key: keyof ContactDraft) => ({
    id: fieldIdFor(`input.contacts[${index}].${key}`),
    value: contact[key],
    errors: messagesAt(problems, `input.contacts[${index}].${key}`),
    onChange: (value: string) => onChange({ ...contact, [key]: value }),
  });
  return (
    <>
      <div className="field-row">
        <TextField {...field('name')} label="Contact name" autoComplete="off" />
        <TextField {...field('role')} label="Role or title" hint="E.g. Secretariat coordinator." />
      </div>
      <div className="field-row">
        <TextField {...field('email')} label="Contact e-mail" type="email" autoComplete="off" />
        <TextField {...field('phone')} label="Contact phone" type="tel" autoComplete="off" />
      </div>
    </>
  );
}
