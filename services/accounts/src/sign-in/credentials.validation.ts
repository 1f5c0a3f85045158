import { badUserInput } from '@msp-atlas/federation';

// Deliberately loose: one @, something on both sides, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MIN_PASSWORD = 10;
// scrypt's cost grows with the input; a cap keeps a huge "password" from being a cheap attack.
const MAX_PASSWORD = 200;

export function validEmail(value: string, field: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) throw badUserInput('Enter a valid e-mail address', field);
  return email;
}

export function validNewPassword(value: string, field: string): string {
  if (value.length < MIN_PASSWORD) throw badUserInput(`The password needs at least ${MIN_PASSWORD} characters`, field);
  if (value.length > MAX_PASSWORD) throw badUserInput(`The password may have at most ${MAX_PASSWORD} characters`, field);
  return value;
}

export function validName(value: string, field: string): string {
  const name = value.trim();
  if (name === '') throw badUserInput('Enter a name', field);
  if (name.length > 200) throw badUserInput('The name may have at most 200 characters', field);
  return name;
}

/** Sign-in checks only the length cap: a wrong password is a failed sign-in, not bad input. */
export function passwordWithinCap(value: string, field: string): string {
  if (value.length > MAX_PASSWORD) throw badUserInput(`The password may have at most ${MAX_PASSWORD} characters`, field);
  return value;
}
