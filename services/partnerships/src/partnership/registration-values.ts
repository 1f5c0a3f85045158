import { badUserInput } from '@msp-atlas/federation';
import { datesInOrder, optionalText, optionalWebsite, requiredText, textList } from '@msp-atlas/validation';
import { contactValues } from '../contact/contact.validation.js';
import { today } from '../domain/clock.js';
import { PartnershipStatus, Phase } from '../domain/enums.js';
import { validateStakeholder } from '../stakeholder/stakeholder.service.js';
import {
  countryCodes,
  governanceValues,
  healthFieldValues,
  indicatorValues,
  milestoneValues,
  regionCodes,
  sdgGoalsOf,
  sdgTargetCodes,
  sectorCodes,
} from './partnership.validation.js';
import type { RegisterPartnershipInput } from './register-partnership.input.js';
import { validSlug } from './slug.js';

export interface RegistrationOptions {
  /** Marks records of the demo data set. */
  isDemo?: boolean;
}

/** A registration checked and normalised, before any transaction starts: what is left to check needs the database. */
export function registrationValues(input: RegisterPartnershipInput, options: RegistrationOptions = {}) {
  const name = requiredText(input.name, 'input.name');
  const slug = input.slug ? validSlug(input.slug, 'input.slug') : null;
  datesInOrder(input.startDate, input.endDate, 'input.endDate');
  const sdgTargets = sdgTargetCodes(input.sdgTargets, 'input.sdgTargets');
  const phase = input.phase ?? Phase.INITIATION;
  const row = {
    name,
    summary: optionalText(input.summary, 'input.summary', 1_000),
    description: optionalText(input.description, 'input.description', 20_000),
    website: optionalWebsite(input.website, 'input.website'),
    phase,
    status: input.status ?? PartnershipStatus.ACTIVE,
    scope: input.scope,
    countries: countryCodes(input.countries, 'input.countries'),
    regions: regionCodes(input.regions, 'input.regions'),
    sectors: sectorCodes(input.sectors, 'input.sectors'),
    sdg_targets: sdgTargets,
    sdg_goals: sdgGoalsOf(sdgTargets),
    start_date: input.startDate ?? null,
    end_date: input.endDate ?? null,
    objectives: textList(input.objectives, 'input.objectives'),
    ...healthFieldValues(input, 'input'),
    ...governanceValues(input.governance, 'input.governance'),
    is_demo: options.isDemo ?? false,
  };
  const milestones = milestoneValues(input.milestones, 'input.milestones');
  const indicators = indicatorValues(input.indicators, 'input.indicators');
  refuseIds(milestones, 'input.milestones');
  refuseIds(indicators, 'input.indicators');
  return {
    row,
    /** Null: derived from the name in the transaction, where it can be checked to be free. */
    slug,
    /** The first phase entry is dated at the start, unless that lies ahead. */
    firstPhaseOn: input.startDate && input.startDate <= today() ? input.startDate : today(),
    milestones,
    indicators,
    stakeholders: (input.stakeholders ?? []).map((stakeholder, index) => validateStakeholder(stakeholder, `input.stakeholders[${index}]`)),
    contacts: contactValues(input.contacts, 'input.contacts'),
  };
}

export type RegistrationValues = ReturnType<typeof registrationValues>;

function refuseIds(items: readonly { id: string | null }[], field: string): void {
  const index = items.findIndex((item) => item.id !== null);
  if (index >= 0) throw badUserInput('A new partnership has no existing items to refer to', `${field}[${index}].id`);
}
