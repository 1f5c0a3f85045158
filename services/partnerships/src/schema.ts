import 'reflect-metadata';
import { buildFederatedSchema } from '@msp-atlas/federation';
import { OrganizationResolver } from './organization/organization.resolver.js';
import { organizationReference } from './organization/organization.reference.js';
import { FundingConcentrationResolver } from './partnership/funding-concentration.resolver.js';
import { PartnershipFieldsResolver } from './partnership/partnership-fields.resolver.js';
import { PartnershipMutationResolver } from './partnership/partnership-mutation.resolver.js';
import { PartnershipResolver } from './partnership/partnership.resolver.js';
import { partnershipReference } from './partnership/partnership.reference.js';
import { SecretariatResolver } from './partnership/secretariat.resolver.js';
import { ProgressReportResolver } from './progress-report/progress-report.resolver.js';
import { StakeholderResolver } from './stakeholder/stakeholder.resolver.js';

export function buildPartnershipsSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        PartnershipResolver,
        PartnershipFieldsResolver,
        PartnershipMutationResolver,
        SecretariatResolver,
        FundingConcentrationResolver,
        StakeholderResolver,
        ProgressReportResolver,
        OrganizationResolver,
      ],
      validate: false,
    },
    { ...partnershipReference, ...organizationReference },
  );
}
