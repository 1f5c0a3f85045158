import type { PartnershipSnapshot } from '@msp-atlas/event-contracts';
import { StakeholderRole } from '@msp-atlas/msp-vocabulary';
import type { OverlapProfile } from '../similarity/overlap-profile.js';
import { textTermsOf } from '../similarity/text-terms.js';
import type { PartnershipIndexInsert, PartnershipIndexRow } from './partnership-index.table.js';
import type { SuggestedTarget } from './sdg-suggestions.table.js';

/** Roles that make an organisation one of those who lead the initiative. */
export const LEAD_ROLES: readonly string[] = [StakeholderRole.INITIATOR, StakeholderRole.CORE_GROUP];

/** The index row's values from a partnership's snapshot (the log's id and version go beside them). */
export function indexValuesOf(snapshot: PartnershipSnapshot): Omit<PartnershipIndexInsert, 'partnership_id' | 'version' | 'indexed_at'> {
  const funding: Record<string, number> = {};
  let personDays = 0;
  for (const stakeholder of snapshot.stakeholders) {
    for (const contribution of stakeholder.contributions) {
      if (contribution.amount !== null && contribution.currency) funding[contribution.currency] = (funding[contribution.currency] ?? 0) + contribution.amount;
      personDays += contribution.personDays ?? 0;
    }
  }
  return {
    name: snapshot.name,
    summary: snapshot.summary,
    description: snapshot.description,
    objectives: snapshot.objectives,
    scope: snapshot.scope,
    countries: snapshot.countries,
    regions: snapshot.regions,
    sectors: snapshot.sectors,
    sdg_targets: snapshot.sdgTargets,
    phase: snapshot.phase,
    status: snapshot.status,
    start_date: snapshot.startDate,
    end_date: snapshot.endDate,
    is_demo: snapshot.isDemo,
    organization_ids: [...new Set(snapshot.stakeholders.map((stakeholder) => stakeholder.organizationId))],
    lead_organization_ids: [
      ...new Set(
        snapshot.stakeholders
          .filter((stakeholder) => stakeholder.roles.some((role) => LEAD_ROLES.includes(role)))
          .map((stakeholder) => stakeholder.organizationId),
      ),
    ],
    funding: JSON.stringify(funding),
    person_days: personDays,
    text_terms: textTermsOf([snapshot.name, snapshot.summary, snapshot.description, ...snapshot.objectives].join('\n')),
  };
}

export type IndexedValues = Pick<
  PartnershipIndexRow,
  | 'partnership_id'
  | 'text_terms'
  | 'name'
  | 'summary'
  | 'description'
  | 'objectives'
  | 'scope'
  | 'status'
  | 'countries'
  | 'regions'
  | 'sectors'
  | 'sdg_targets'
  | 'organization_ids'
  | 'lead_organization_ids'
  | 'start_date'
>;

export function profileOfRow(row: IndexedValues, suggestedTargets: SuggestedTarget[]): OverlapProfile {
  return {
    id: row.partnership_id,
    name: row.name,
    summary: row.summary,
    description: row.description,
    objectives: row.objectives,
    scope: row.scope,
    status: row.status,
    countries: row.countries,
    regions: row.regions,
    sectors: row.sectors,
    declaredTargets: row.sdg_targets,
    suggestedTargets,
    organizationIds: row.organization_ids,
    leadOrganizationIds: row.lead_organization_ids,
    startDate: row.start_date,
    textTerms: row.text_terms,
  };
}
