import { dataOf, type GraphqlClient } from '@msp-atlas/test-harness';

/** Seed builders: each test states what it needs and gets fresh records, no shared fixtures. */

let sequence = 0;

export function registrationInput(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    name: `Test Partnership ${sequence}`,
    summary: 'Safe drinking water for rural districts',
    scope: 'NATIONAL',
    countries: ['KEN'],
    sectors: ['140'],
    sdgTargets: ['6.1'],
    ...overrides,
  };
}

export const PARTNERSHIP_FIELDS = `
  id slug name summary description website phase status scope countries regions sectors sdgTargets sdgGoals
  startDate endDate objectives version isDemo createdAt updatedAt
  governance { secretariat { staffCount host { id name } } mouSignedOn decisionMaking communicationChannels }
  phaseHistory { fromPhase toPhase changedOn note }
  milestones { id title dueOn status }
  indicators { id name unit baseline target sdgIndicatorCode }
  stakeholders { id roles commitment organization { id name type country } contributions { kind amount currency personDays description } }
  progressReports { id periodStart periodEnd reportedOn summary indicatorValues { indicatorId value } }
  fundingConcentration { currency totalAmount funderCount largestFunderShare herfindahlIndex largestFunder { id name } }
  progressReportOverdue
`;

export async function registerPartnership(graphql: GraphqlClient, overrides: Record<string, unknown> = {}) {
  const data = dataOf(
    await graphql(`mutation($input: RegisterPartnershipInput!) { registerPartnership(input: $input) { partnership { ${PARTNERSHIP_FIELDS} } } }`, {
      input: registrationInput(overrides),
    }),
  );
  return data.registerPartnership.partnership;
}

export async function registerOrganization(graphql: GraphqlClient, overrides: Record<string, unknown> = {}) {
  sequence += 1;
  const data = dataOf(
    await graphql(`mutation($input: NewOrganizationInput!) { registerOrganization(input: $input) { organization { id name type country } } }`, {
      input: { name: `Organisation ${sequence}`, type: 'CIVIL_SOCIETY', country: 'KEN', ...overrides },
    }),
  );
  return data.registerOrganization.organization;
}
