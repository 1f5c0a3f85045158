import 'reflect-metadata';
import { buildFederatedSchema } from '@msp-atlas/federation';
import { HealthOverviewResolver } from './health-projection/health-overview.resolver.js';
import { PartnershipHealthResolver } from './health/partnership-health.resolver.js';
import { partnershipReference } from './partnership/partnership.reference.js';
import { PartnershipSelfAssessmentsResolver } from './self-assessment/partnership-self-assessments.resolver.js';
import { SelfAssessmentResolver } from './self-assessment/self-assessment.resolver.js';

export function buildHealthSchema() {
  return buildFederatedSchema(
    {
      resolvers: [PartnershipHealthResolver, PartnershipSelfAssessmentsResolver, SelfAssessmentResolver, HealthOverviewResolver],
      // Who may do what is checked in the services (self-assessment.service.ts), not by decorators.
      validate: false,
    },
    { ...partnershipReference },
  );
}
