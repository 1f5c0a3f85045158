import { badUserInput } from '@msp-atlas/federation';
import { isCountryCode, isCurrencyCode } from '@msp-atlas/reference-data';
import { notNegative, optionalText, optionalWebsite, requiredText } from '@msp-atlas/validation';
import { ContributionKind, type StakeholderRole } from '../domain/enums.js';
import type { NewOrganizationInput } from '../organization/new-organization.input.js';
import type { ContributionInput } from './contribution.input.js';

export function rolesOf(roles: readonly StakeholderRole[] | null | undefined, field: string): StakeholderRole[] {
  const unique = [...new Set(roles ?? [])];
  if (unique.length === 0) throw badUserInput('A stakeholder needs at least one role', field);
  return unique;
}

export function contributionValues(inputs: readonly ContributionInput[] | null | undefined, field: string) {
  return (inputs ?? []).map((input, index) => {
    const at = `${field}[${index}]`;
    notNegative(input.amount, `${at}.amount`);
    notNegative(input.personDays, `${at}.personDays`);
    const currency = input.currency?.trim().toUpperCase() || null;
    if (currency !== null && !isCurrencyCode(currency)) {
      throw badUserInput(`Unknown currency "${input.currency}" (ISO 4217)`, `${at}.currency`);
    }
    if (input.amount != null && currency === null) throw badUserInput('An amount needs a currency', `${at}.currency`);
    if (input.kind === ContributionKind.FINANCIAL && input.amount == null) {
      throw badUserInput('A financial contribution needs an amount', `${at}.amount`);
    }
    if (input.kind === ContributionKind.STAFF_TIME && input.personDays == null) {
      throw badUserInput('Staff time needs personDays', `${at}.personDays`);
    }
    return {
      position: index,
      kind: input.kind,
      description: optionalText(input.description, `${at}.description`, 500),
      amount: input.amount ?? null,
      currency,
      person_days: input.personDays ?? null,
    };
  });
}

export type ContributionValues = ReturnType<typeof contributionValues>[number];

export function newOrganizationValues(input: NewOrganizationInput, field: string) {
  const country = input.country?.trim().toUpperCase() || null;
  if (country !== null && !isCountryCode(country)) {
    throw badUserInput(`Unknown country code "${input.country}" (ISO 3166-1 alpha-3)`, `${field}.country`);
  }
  return {
    name: requiredText(input.name, `${field}.name`, 200),
    type: input.type,
    country_code: country,
    website: optionalWebsite(input.website, `${field}.website`),
  };
}

export type NewOrganizationValues = ReturnType<typeof newOrganizationValues>;
