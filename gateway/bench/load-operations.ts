// The operations of `npm run bench:load`: what each client sends, and the mix.

export const READS = ['list', 'detail', 'sdg', 'crossSubgraph'] as const;
export const WRITES = ['register', 'update', 'changePhase', 'addStakeholder', 'submitProgressReport'] as const;
export type OperationKind = (typeof READS)[number] | (typeof WRITES)[number];

/** Percent of operations; reads 70, writes 30. */
export const MIX: Record<OperationKind, number> = {
  list: 25,
  detail: 20,
  sdg: 10,
  crossSubgraph: 15,
  register: 6,
  update: 9,
  changePhase: 5,
  addStakeholder: 5,
  submitProgressReport: 5,
};

export const OPERATION_LABELS: Record<OperationKind, string> = {
  list: 'partnership list (filters, pages of 20 via after)',
  detail: 'partnership detail (stakeholders, reports, phases)',
  sdg: 'sdgGoal / sdgTarget',
  crossSubgraph: 'one query over all five subgraphs',
  register: 'registerPartnership',
  update: 'updatePartnership (expectedVersion)',
  changePhase: 'changePhase',
  addStakeholder: 'addStakeholder',
  submitProgressReport: 'submitProgressReport',
};

export function pickOperation(random = Math.random()): OperationKind {
  let left = random * 100;
  for (const [kind, percent] of Object.entries(MIX) as [OperationKind, number][]) {
    left -= percent;
    if (left < 0) return kind;
  }
  return 'list';
}

export const PHASES = ['INITIATION', 'DESIGN', 'IMPLEMENTATION', 'FURTHER_DEVELOPMENT'] as const;
const ORGANIZATION_TYPES = ['GOVERNMENT', 'PRIVATE_SECTOR', 'CIVIL_SOCIETY', 'ACADEMIA', 'MULTILATERAL', 'PHILANTHROPY', 'COMMUNITY'];

/** What a write acknowledges, and what the final read must show. */
const WRITTEN_STATE = 'id version name summary phase stakeholders { id } progressReports { id }';

export const LIST = `query($filter: PartnershipFilter, $after: String) {
  partnerships(filter: $filter, first: 20, after: $after) {
    totalCount edges { cursor node { id slug name phase status countries sdgGoals } } pageInfo { hasNextPage endCursor } } }`;

export const DETAIL = `query($id: ID!) { partnership(id: $id) {
  id slug name summary description phase status scope countries regions sectors sdgTargets sdgGoals version updatedAt
  governance { decisionMaking secretariat { staffCount host { id name } } }
  stakeholders { id roles commitment organization { id name type country } contributions { kind amount currency personDays } }
  phaseHistory { fromPhase toPhase changedOn note }
  progressReports { id periodStart periodEnd reportedOn summary }
  milestones { id title dueOn status } indicators { id name unit target }
  fundingConcentration { currency totalAmount funderCount largestFunderShare } progressReportOverdue } }`;

export const SDG_GOAL = `query($code: String!) { sdgGoal(code: $code) { code number color title shortTitle targets { code title } } }`;
export const SDG_TARGET = `query($code: String!) { sdgTarget(code: $code) { code title goal { code shortTitle } indicators { code title } } }`;

/** Accounts (viewer), partnerships, sdg, learning and context in one operation. */
export const CROSS_SUBGRAPH = `query($id: ID!, $goal: String!) {
  viewer { id name }
  partnership(id: $id) { id name phase sdgGoals }
  sdgGoal(code: $goal) { code shortTitle }
  lessons(first: 5) { totalCount edges { node { id title } } }
  overlapIndexStatus { indexedPartnerships lag } }`;

export const REGISTER = `mutation($input: RegisterPartnershipInput!) { registerPartnership(input: $input) { partnership { ${WRITTEN_STATE} } } }`;
export const UPDATE = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { ${WRITTEN_STATE} } } }`;
export const CHANGE_PHASE = `mutation($input: ChangePhaseInput!) { changePhase(input: $input) { partnership { ${WRITTEN_STATE} } } }`;
export const ADD_STAKEHOLDER = `mutation($input: AddStakeholderInput!) { addStakeholder(input: $input) { stakeholder { id } partnership { ${WRITTEN_STATE} } } }`;
export const SUBMIT_REPORT = `mutation($input: SubmitProgressReportInput!) {
  submitProgressReport(input: $input) { progressReport { id } partnership { ${WRITTEN_STATE} } } }`;
export const FINAL_READ = `query($id: ID!) { partnership(id: $id) { ${WRITTEN_STATE} } }`;
export const OVERLAP_INDEX = `query { overlapIndexStatus { indexedPartnerships lag } }`;

export interface WrittenState {
  id: string;
  version: number;
  name: string;
  summary: string;
  phase: string;
  stakeholders: { id: string }[];
  progressReports: { id: string }[];
}

/** What differs between the state a write should have left and the one read; `lost` counts the writes missing. */
export function compareState(expected: WrittenState, actual: WrittenState | null, acknowledgedWrites: number, uncertain = false) {
  if (!actual) return { lost: acknowledgedWrites, notes: ['not found'] };
  const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));
  const missingStakeholders = [...ids(expected.stakeholders)].filter((id) => !ids(actual.stakeholders).has(id)).length;
  const missingReports = [...ids(expected.progressReports)].filter((id) => !ids(actual.progressReports).has(id)).length;
  // After a write of unknown outcome, a newer version may rightly show other values.
  const comparable = !uncertain || actual.version === expected.version;
  const notes = [
    ...(actual.version < expected.version || (comparable && actual.version !== expected.version)
      ? [`version ${actual.version}, expected ${expected.version}`]
      : []),
    ...(comparable && (actual.name !== expected.name || actual.summary !== expected.summary)
      ? [`name/summary "${actual.name}", expected "${expected.name}"`]
      : []),
    ...(comparable && actual.phase !== expected.phase ? [`phase ${actual.phase}, expected ${expected.phase}`] : []),
    ...(missingStakeholders ? [`${missingStakeholders} acknowledged stakeholder(s) missing`] : []),
    ...(missingReports ? [`${missingReports} acknowledged progress report(s) missing`] : []),
    ...(comparable && actual.stakeholders.length !== expected.stakeholders.length
      ? [`${actual.stakeholders.length} stakeholders, expected ${expected.stakeholders.length}`]
      : []),
    ...(comparable && actual.progressReports.length !== expected.progressReports.length
      ? [`${actual.progressReports.length} reports, expected ${expected.progressReports.length}`]
      : []),
  ];
  const facets =
    (comparable && (actual.name !== expected.name || actual.summary !== expected.summary) ? 1 : 0) +
    (comparable && actual.phase !== expected.phase ? 1 : 0) +
    missingStakeholders +
    missingReports;
  return { lost: Math.max(facets, Math.max(0, expected.version - actual.version)), notes };
}

export function stakeholderInput(label: string, sequence: number) {
  return {
    organization: { name: `Load organisation ${label}`, type: ORGANIZATION_TYPES[sequence % ORGANIZATION_TYPES.length], country: 'KEN' },
    roles: sequence % 2 ? ['FUNDER'] : ['MEMBER', 'IMPLEMENTER'],
    commitment: `Commitment ${label}`,
    contributions: sequence % 2 ? [{ kind: 'FINANCIAL', amount: 1_000 * (1 + (sequence % 9)), currency: 'EUR' }] : [],
  };
}

export function progressReportInput(label: string, sequence: number) {
  const year = 2000 + (sequence % 25);
  return { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, summary: `Progress report ${label}` };
}

export function randomOf<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}
