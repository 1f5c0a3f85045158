import type { DecisionMaking, PartnershipStatus, Phase, Scope } from '../domain/enums.js';
import type { PartnershipRow } from './partnership.table.js';
import type { Partnership } from './partnership.type.js';

export function toPartnership(row: PartnershipRow): Partnership {
  const hasSecretariat = row.secretariat_host_id !== null || row.secretariat_staff_count !== null;
  const governance = {
    secretariat: hasSecretariat ? { hostId: row.secretariat_host_id, staffCount: row.secretariat_staff_count } : null,
    mouSignedOn: row.mou_signed_on,
    decisionMaking: row.decision_making as DecisionMaking | null,
    communicationChannels: row.communication_channels,
  };
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    description: row.description,
    website: row.website,
    phase: row.phase as Phase,
    status: row.status as PartnershipStatus,
    scope: row.scope as Scope,
    countries: row.countries,
    regions: row.regions,
    sectors: row.sectors,
    sdgTargets: row.sdg_targets,
    sdgGoals: row.sdg_goals,
    startDate: row.start_date,
    endDate: row.end_date,
    objectives: row.objectives,
    problemStatement: row.problem_statement,
    continuationPlan: row.continuation_plan,
    lastEvaluatedOn: row.last_evaluated_on,
    governance,
    version: row.version,
    isDemo: row.is_demo,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
