import type { PartnershipRow } from './partnership.table.js';

/**
 * The partnership's public record fields under their API names, as JSON: what both
 * its events (for other services) and its change history show. No personal data
 * lives in the row, so none can come out here.
 */
export function publishedFields(row: PartnershipRow) {
  return {
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    description: row.description,
    phase: row.phase,
    status: row.status,
    scope: row.scope,
    countries: row.countries,
    regions: row.regions,
    sectors: row.sectors,
    sdgTargets: row.sdg_targets,
    startDate: row.start_date,
    endDate: row.end_date,
    problemStatement: row.problem_statement,
    continuationPlan: row.continuation_plan,
    lastEvaluatedOn: row.last_evaluated_on,
  };
}
