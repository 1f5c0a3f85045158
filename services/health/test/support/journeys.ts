import { sql, type Kysely } from 'kysely';
import { dataOf, waitFor, type GraphqlClient } from '@msp-atlas/test-harness';

// What the health service's journeys through the gateway need of the other services, by
// their API only: registrations, and the context service's index being caught up.

let sequence = 0;

export function registrationInput(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    name: `Health Journey ${sequence}`,
    summary: 'Safe drinking water for rural districts',
    scope: 'NATIONAL',
    countries: ['KEN'],
    sectors: ['140'],
    sdgTargets: ['6.1'],
    ...overrides,
  };
}

export async function registerPartnership(graphql: GraphqlClient, overrides: Record<string, unknown> = {}) {
  const data = dataOf(
    await graphql(
      `mutation($input: RegisterPartnershipInput!) { registerPartnership(input: $input) { partnership { id slug name version phase countries startDate createdAt } } }`,
      { input: registrationInput(overrides) },
    ),
  );
  return data.registerPartnership.partnership;
}

const WATER_NAMES = ['Water Alliance', 'Pump Network', 'Safe Water Compact', 'Hand Pump Partnership'];

/** A water partnership around Kisumu, Kenya, such as the context service finds overlapping with another like it. */
export function kisumuWater(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    name: `Kisumu ${WATER_NAMES[sequence % WATER_NAMES.length]} ${sequence}`,
    summary: 'Utilities and NGOs working together on safe drinking water and sanitation in Kisumu.',
    description:
      'Fewer than half of the households in Kisumu can reach a safe water source within thirty minutes, and many hand pumps stand broken for months. ' +
      'Utilities, district water offices, pump mechanics and water user committees share maintenance through a service-level agreement.',
    objectives: ['Keep at least 90 % of water points in Kisumu functional year-round'],
    scope: 'LOCAL',
    countries: ['KEN'],
    sectors: ['140'],
    sdgTargets: ['6.1', '6.b'],
    // Years apart: initiatives started at the same time look more alike.
    startDate: `${2000 + (sequence % 25)}-03-01`,
    ...overrides,
  };
}

/** Waits until the context service has taken in every committed event and counted the overlap summaries again. */
export async function indexCaughtUp(graphql: GraphqlClient): Promise<void> {
  await waitFor(async () => {
    const { overlapIndexStatus } = dataOf(await graphql(`{ overlapIndexStatus { lag summariesPending } }`));
    return overlapIndexStatus.lag === 0 && overlapIndexStatus.summariesPending === 0;
  }, 15_000);
}

/**
 * Row counts of the self-assessments and of their events: equal before and after a
 * refused submission, it changed nothing. (The projection's rows move with other
 * services' events meanwhile, so they are not counted.)
 */
export async function selfAssessmentSnapshot(db: Kysely<any>) {
  const { rows } = await sql<{ table: string; rows: string }>`
    select 'self_assessments' as table, count(*)::text as rows from health.self_assessments
    union all select 'self_assessment_scores', count(*)::text from health.self_assessment_scores
    union all select 'events', count(*)::text from event_log.events where type = 'SelfAssessmentSubmitted'`.execute(db);
  return rows;
}
