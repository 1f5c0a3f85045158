import { useTranslation } from 'react-i18next';
import type { InputHTMLAttributes } from 'react';
import { describedBy } from './field-ids';
import { FieldError } from './FieldError';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  errors?: readonly string[];
}

export function TextField({ id, label, value, onChange, hint, errors = [], className, ...inputProps }: TextFieldProps) {
  const { t } = useTranslation();
  const invalid = errors.length > 0;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {inputProps.required && <span className="required-mark"> {t('field.required')}</span>}
      </label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, Boolean(hint), invalid)}
        {...inputProps}
      />
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
