import { describedBy } from './field-ids';
import { FieldError } from './FieldError';

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  errors?: readonly string[];
  rows?: number;
  maxLength?: number;
}

export function TextAreaField({ id, label, value, onChange, hint, errors = [], rows = 4, maxLength }: TextAreaFieldProps) {
  const invalid = errors.length > 0;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, Boolean(hint), invalid)}
      />
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
