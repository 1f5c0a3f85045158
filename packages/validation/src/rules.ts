import { badUserInput } from '@msp-atlas/domain-errors';

// Small checks shared by the input validators. Each throws BAD_USER_INPUT naming
// the offending input field, so the client knows exactly what to fix.

export function requiredText(value: string | null | undefined, field: string, maxLength = 200): string {
  const text = value?.trim() ?? '';
  if (text === '') throw badUserInput('Must not be empty', field);
  if (text.length > maxLength) throw badUserInput(`At most ${maxLength} characters`, field);
  return text;
}

export function optionalText(value: string | null | undefined, field: string, maxLength: number): string {
  const text = value?.trim() ?? '';
  if (text.length > maxLength) throw badUserInput(`At most ${maxLength} characters`, field);
  return text;
}

export function optionalWebsite(value: string | null | undefined, field: string): string | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUserInput('Not a web address', field);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw badUserInput('Only http and https addresses', field);
  }
  return url.toString();
}

/** Normalises codes (trimmed, upper case), refuses unknown ones, drops repeats. */
export function knownCodes(
  values: readonly string[] | null | undefined,
  field: string,
  isKnown: (code: string) => boolean,
  label: string,
  normalise: (code: string) => string = (code) => code.trim().toUpperCase(),
): string[] {
  const codes: string[] = [];
  (values ?? []).forEach((value, index) => {
    const code = normalise(value);
    if (!isKnown(code)) throw badUserInput(`Unknown ${label} "${value}"`, `${field}[${index}]`);
    if (!codes.includes(code)) codes.push(code);
  });
  return codes;
}

export function textList(values: readonly string[] | null | undefined, field: string, maxLength = 500): string[] {
  return (values ?? []).map((value, index) => requiredText(value, `${field}[${index}]`, maxLength));
}

export function notNegative(value: number | null | undefined, field: string): void {
  if (value !== null && value !== undefined && (value < 0 || !Number.isFinite(value))) {
    throw badUserInput('Must not be negative', field);
  }
}

export function datesInOrder(start: string | null | undefined, end: string | null | undefined, field: string): void {
  if (start && end && end < start) throw badUserInput('Must not be before the start date', field);
}

// Deliberately loose: one @, no spaces, a dot in the domain. Whether the address
// exists only a sent mail can tell.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A trimmed e-mail address of plausible syntax. */
export function emailAddress(value: string | null | undefined, field: string): string {
  const text = requiredText(value, field, 254);
  if (!EMAIL.test(text)) throw badUserInput('Not an e-mail address', field);
  return text;
}

/** Digits with the usual separators and an optional leading +; null when left empty. */
export function optionalPhone(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 40);
  if (text === '') return null;
  const digits = text.replace(/\D/g, '').length;
  if (!/^\+?[0-9 ()./-]+$/.test(text) || digits < 3) {
    throw badUserInput('A phone number holds digits, spaces and ( ) . / - only, with an optional leading +', field);
  }
  return text;
}
