import { useTranslation } from 'react-i18next';
import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { CodeOption } from '../reference/code-option';
import { describedBy } from './field-ids';
import { FieldError } from './FieldError';
import { findOption } from './find-option';

interface CodePickerProps {
  id: string;
  label: string;
  options: readonly CodeOption[];
  value: readonly string[];
  onChange: (codes: string[]) => void;
  hint?: string;
  errors?: readonly string[];
}

/**
 * Picks several codes by name: type (the browser suggests names), press Enter or
 * "Add"; chosen names show as chips with a remove button each.
 */
export function CodePicker({ id, label, options, value, onChange, hint, errors = [] }: CodePickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [notFound, setNotFound] = useState<string | null>(null);
  const labelOf = (code: string) => options.find((option) => option.code === code)?.label ?? code;
  const available = options.filter((option) => !value.includes(option.code));

  const add = (typed: string) => {
    const option = findOption(options, typed);
    if (!option) {
      setNotFound(typed.trim() ? t('codePicker.notInList', { typed: typed.trim() }) : null);
      return;
    }
    if (!value.includes(option.code)) onChange([...value, option.code]);
    setText('');
    setNotFound(null);
  };

  const onInput = (event: ChangeEvent<HTMLInputElement>) => {
    const typed = event.target.value;
    setText(typed);
    setNotFound(null);
    // A suggestion picked from the list arrives as a replacement, not as typing: take it at once.
    const native = event.nativeEvent;
    const picked = !(native instanceof InputEvent) || native.inputType === 'insertReplacementText';
    if (picked && findOption(options, typed)) add(typed);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add(text);
    }
  };

  const invalid = errors.length > 0;
  const messages = notFound ? [notFound, ...errors] : errors;
  return (
    <div className="field code-picker">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {value.length > 0 && (
        <ul className="chips" aria-label={t('codePicker.chosen', { label })}>
          {value.map((code) => (
            <li key={code} className="chip">
              <span>{labelOf(code)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('codePicker.remove', { name: labelOf(code) })}
                onClick={() => onChange(value.filter((item) => item !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="picker-row">
        <input
          id={id}
          type="text"
          list={`${id}-options`}
          value={text}
          autoComplete="off"
          onChange={onInput}
          onKeyDown={onKeyDown}
          onBlur={() => {
            // A complete name left in the box counts as chosen, so it is not silently lost on submit.
            if (findOption(options, text)) add(text);
          }}
          aria-invalid={invalid || Boolean(notFound) || undefined}
          aria-describedby={describedBy(id, Boolean(hint), messages.length > 0)}
        />
        <button type="button" className="button button-secondary" onClick={() => add(text)}>
          {t('codePicker.add')}
          <span className="visually-hidden"> {t('codePicker.addTo', { label })}</span>
        </button>
      </div>
      <datalist id={`${id}-options`}>
        {available.map((option) => (
          <option key={option.code} value={option.label}>
            {option.code}
          </option>
        ))}
      </datalist>
      <FieldError id={`${id}-error`} messages={messages} />
    </div>
  );
}
