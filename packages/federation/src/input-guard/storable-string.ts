/**
 * Longer than any text field allows itself (the longest, a description, takes 20,000),
 * so it only stops input no field would accept, before it costs memory and queries.
 */
export const MAX_STRING_LENGTH = 100_000;

// A UTF-16 half without its other half: the pg driver would store U+FFFD instead, silently.
const UNPAIRED_SURROGATE = /\p{Cs}/u;

/** Why PostgreSQL cannot store `text` as given, or null when it can. */
export function whyUnstorable(text: string): string | null {
  if (text.length > MAX_STRING_LENGTH) return `At most ${MAX_STRING_LENGTH} characters`;
  if (text.includes('\u0000')) return 'Must not contain the NUL character (U+0000)';
  if (UNPAIRED_SURROGATE.test(text)) return 'Must not contain unpaired UTF-16 surrogates';
  return null;
}

export interface UnstorableString {
  /** Where it is in the arguments, as the validation rules name fields: `input.stakeholders[0].commitment`. */
  path: string;
  reason: string;
}

/** The first string in an argument value (input objects and lists included) PostgreSQL cannot store. */
export function findUnstorableString(value: unknown, path: string): UnstorableString | null {
  if (typeof value === 'string') {
    const reason = whyUnstorable(value);
    return reason ? { path, reason } : null;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findUnstorableString(value[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableString(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}
