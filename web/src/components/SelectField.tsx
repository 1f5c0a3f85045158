import type { CodeOption } from '../reference/code-option';
import { describedBy } from './field-ids';
import { FieldError } from './FieldError';

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly CodeOption[];
  onChange: (value: string) => void;
  /** The first option, meaning "none chosen" (e.g. "All countries"); absent when a choice is required. */
  emptyLabel?: string;
  hint?: string;
  errors?: readonly string[];
  required?: boolean;
}

export function SelectField({ id, label, value, options, onChange, emptyLabel, hint, errors = [], required }: SelectFieldProps) {
  const invalid = errors.length > 0;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        required={required}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, Boolean(hint), invalid)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
