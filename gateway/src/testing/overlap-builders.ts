import { dataOf, waitFor, type GraphqlClient } from '@msp-atlas/test-harness';

export const OVERLAP_FIELDS = `partnership { id name status } score kind past reasons { kind text codes passage matchedPassage }`;
/** With the organisations' names, which the gateway fetches from the registry: costlier, so for a few overlaps. */
export const OVERLAP_FIELDS_WITH_ORGANIZATIONS = `partnership { id name status } score kind past reasons { kind codes organizations { id name } }`;

/**
 * Waits until the context service has taken in every committed event and counted the
 * overlap summaries again (the summariser appends events of its own).
 */
export async function indexCaughtUp(graphql: GraphqlClient): Promise<void> {
  await waitFor(async () => {
    const { overlapIndexStatus } = dataOf(await graphql(`{ overlapIndexStatus { lag summariesPending } }`));
    return overlapIndexStatus.lag === 0 && overlapIndexStatus.summariesPending === 0;
  }, 15_000);
}

export async function overlapsOf(graphql: GraphqlClient, id: string, first = 10, fields = OVERLAP_FIELDS) {
  const data = dataOf(await graphql(`query($id: ID!, $first: Int) { partnership(id: $id) { id overlaps(first: $first) { ${fields} } } }`, { id, first }));
  return data.partnership.overlaps as any[];
}

export async function checkOverlaps(graphql: GraphqlClient, draft: Record<string, unknown>, first = 10, fields = OVERLAP_FIELDS) {
  return graphql(`query($draft: PartnershipDraftInput!, $first: Int) { checkOverlaps(draft: $draft, first: $first) { ${fields} } }`, { draft, first });
}

let sequence = 0;
const WATER_NAMES = ['Clean Water Alliance', 'WASH Partnership', 'Water Security Platform', 'Rural Water Services Initiative', 'Safe Water Compact'];

/** A water partnership around Kisumu, Kenya; overrides on top. */
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

/** An education partnership in Peru: nothing in common with the water ones. */
export function peruReading(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    name: `Cusco Reading Together Initiative ${sequence}`,
    summary: 'Teachers and researchers working together on foundational learning in Cusco.',
    description: 'Most pupils in Cusco cannot read a simple text by the end of second grade. Structured pedagogy with coaching for teachers.',
    scope: 'LOCAL',
    countries: ['PER'],
    sectors: ['112'],
    sdgTargets: ['4.1'],
    ...overrides,
  };
}
