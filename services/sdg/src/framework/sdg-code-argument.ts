import { badUserInput } from '@msp-atlas/federation';

// The forms of SDG codes (IATI): a goal "6", a target "6.1" or "6.a", an indicator "6.1.1".
const FORMS = {
  goal: { pattern: /^\d{1,2}$/, example: '"6"' },
  target: { pattern: /^\d{1,2}\.[0-9a-z]{1,2}$/, example: '"6.1" or "6.a"' },
  indicator: { pattern: /^\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}$/, example: '"6.1.1"' },
} as const;

/**
 * Refuses a code that is not of the form asked for (BAD_USER_INPUT with the field). A
 * code of the right form the framework lacks ("18", "6.9") is no mistake of form: the
 * lookups answer null for it, as for any id that names nothing.
 */
export function requireSdgCodeForm(code: string, kind: keyof typeof FORMS, field = 'code'): string {
  const trimmed = code.trim();
  if (!FORMS[kind].pattern.test(trimmed)) throw badUserInput(`Not an SDG ${kind} code; expected the form ${FORMS[kind].example}`, field);
  return trimmed;
}
