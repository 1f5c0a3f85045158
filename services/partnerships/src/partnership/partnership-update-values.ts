import type { Updateable } from 'kysely';
import { optionalText, optionalWebsite, requiredText, textList } from '@msp-atlas/validation';
import { contactValues } from '../contact/contact.validation.js';
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
import type { PartnershipTable } from './partnership.table.js';
import { validSlug } from './slug.js';
import type { UpdatePartnershipInput } from './update-partnership.input.js';

/** An update checked and normalised: the columns to set, the lists to replace, and the input fields it was given. */
export function partnershipUpdateValues(input: UpdatePartnershipInput) {
  const row: Updateable<PartnershipTable> = {};
  if (input.name != null) row.name = requiredText(input.name, 'input.name');
  if (input.slug != null) row.slug = validSlug(input.slug, 'input.slug');
  if (input.summary !== undefined) row.summary = optionalText(input.summary, 'input.summary', 1_000);
  if (input.description !== undefined) row.description = optionalText(input.description, 'input.description', 20_000);
  if (input.website !== undefined) row.website = optionalWebsite(input.website, 'input.website');
  if (input.status != null) row.status = input.status;
  if (input.scope != null) row.scope = input.scope;
  if (input.countries != null) row.countries = countryCodes(input.countries, 'input.countries');
  if (input.regions != null) row.regions = regionCodes(input.regions, 'input.regions');
  if (input.sectors != null) row.sectors = sectorCodes(input.sectors, 'input.sectors');
  if (input.sdgTargets != null) {
    const targets = sdgTargetCodes(input.sdgTargets, 'input.sdgTargets');
    row.sdg_targets = targets;
    row.sdg_goals = sdgGoalsOf(targets);
  }
  if (input.startDate !== undefined) row.start_date = input.startDate;
  if (input.endDate !== undefined) row.end_date = input.endDate;
  if (input.objectives != null) row.objectives = textList(input.objectives, 'input.objectives');
  Object.assign(row, healthFieldValues(input, 'input'));
  const governance = input.governance !== undefined ? governanceValues(input.governance, 'input.governance') : null;
  if (governance) Object.assign(row, governance);
  return {
    row,
    /** Null where the update leaves the secretariat host alone. */
    governance,
    lists: {
      milestones: input.milestones != null ? milestoneValues(input.milestones, 'input.milestones') : null,
      indicators: input.indicators != null ? indicatorValues(input.indicators, 'input.indicators') : null,
      contacts: input.contacts != null ? contactValues(input.contacts, 'input.contacts') : null,
    },
    changedFields: Object.keys(input).filter(
      (key) => key !== 'id' && key !== 'expectedVersion' && (input as unknown as Record<string, unknown>)[key] !== undefined,
    ),
  };
}
