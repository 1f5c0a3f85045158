import { badUserInput } from '@msp-atlas/federation';
import { Phase } from '@msp-atlas/msp-vocabulary';
import { isCountryCode, isSectorCode } from '@msp-atlas/reference-data';
import { knownCodes } from '@msp-atlas/validation';
import type { HealthOverviewFilter } from './health-overview-filter.input.js';
import { HealthOverviewGrouping } from './health-overview-grouping.enum.js';

const countryCodes = (values: readonly string[], field: string) => knownCodes(values, field, isCountryCode, 'country code (ISO 3166-1 alpha-3)');
const sectorCodes = (values: readonly string[], field: string) =>
  knownCodes(values, field, isSectorCode, 'sector code (OECD DAC 3-digit)', (code) => code.trim());

/** A checked overview filter: codes normalised; demo records counted unless told otherwise. */
export interface HealthCriteria {
  countries?: string[];
  phases?: string[];
  sectors?: string[];
  includeDemo: boolean;
}

/** One overview cell's column: partnerships in this phase, or naming this country. */
export interface HealthGroup {
  groupBy: HealthOverviewGrouping;
  key: string;
}

/** As strict as a mutation's input: an unknown code is an error naming it, not an empty overview. */
export function healthCriteriaFromFilter(filter: HealthOverviewFilter | null | undefined): HealthCriteria {
  return {
    countries: filter?.countries ? countryCodes(filter.countries, 'filter.countries') : undefined,
    phases: filter?.phases ?? undefined,
    sectors: filter?.sectors ? sectorCodes(filter.sectors, 'filter.sectors') : undefined,
    includeDemo: filter?.includeDemo ?? true,
  };
}

/** The `group` of partnershipsByHealth, read as the grouping says: a phase code or a country code. */
export function healthGroupOf(group: string | null | undefined, groupBy: HealthOverviewGrouping | null | undefined): HealthGroup | null {
  if (group === null || group === undefined) return null;
  const grouping = groupBy ?? HealthOverviewGrouping.PHASE;
  if (grouping === HealthOverviewGrouping.PHASE) {
    const phase = group.trim().toUpperCase();
    if (!(Object.values(Phase) as string[]).includes(phase)) throw badUserInput(`Unknown phase "${group}"`, 'group');
    return { groupBy: grouping, key: phase };
  }
  const country = group.trim().toUpperCase();
  if (!isCountryCode(country)) throw badUserInput(`Unknown country code (ISO 3166-1 alpha-3) "${group}"`, 'group');
  return { groupBy: grouping, key: country };
}
