import { graphql } from '../graphql/graphql';
import { HealthSectionFragment } from '../pages/health/health-section-fragment';

/** The health check of one partnership, for the section on its page (asked for apart, so the record shows without waiting for it). */
export const PARTNERSHIP_HEALTH_QUERY = graphql(
  `
    query PartnershipHealth($id: ID!) {
      partnership(id: $id) {
        id slug viewerIsMember
        health { ...HealthSection }
      }
    }
  `,
  [HealthSectionFragment],
);
