import { useTranslation } from 'react-i18next';
interface FieldErrorProps {
  id: string;
  messages: readonly string[];
}

/** The API's complaint about one field, placed under it and referenced by its aria-describedby. */
export function FieldError({ id, messages }: FieldErrorProps) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">{t('fieldError.prefix')} </span>
      {messages.join(' ')}
    </p>
  );
}
