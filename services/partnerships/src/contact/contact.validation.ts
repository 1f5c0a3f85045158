import { badUserInput } from '@msp-atlas/federation';
import { emailAddress, optionalPhone, optionalText, requiredText } from '@msp-atlas/validation';
import type { ContactPersonInput } from './contact-person.input.js';

/** Enough for a secretariat and its deputies; a longer list is more likely a mistake. */
export const MAX_CONTACTS = 10;

export function contactValues(inputs: readonly ContactPersonInput[] | null | undefined, field: string) {
  const list = inputs ?? [];
  if (list.length > MAX_CONTACTS) throw badUserInput(`At most ${MAX_CONTACTS} contact persons`, field);
  return list.map((input, index) => {
    const at = `${field}[${index}]`;
    return {
      name: requiredText(input.name, `${at}.name`, 200),
      email: emailAddress(input.email, `${at}.email`),
      phone: optionalPhone(input.phone, `${at}.phone`),
      role: optionalText(input.role, `${at}.role`, 200) || null,
    };
  });
}

export type ContactValues = ReturnType<typeof contactValues>[number];
