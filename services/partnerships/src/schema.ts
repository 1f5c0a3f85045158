import 'reflect-metadata';
import { accountReference } from '@msp-atlas/change-history-graphql';
import { buildFederatedSchema } from '@msp-atlas/federation';
import { AccountPartnershipsResolver } from './account/account-partnerships.resolver.js';
import { PartnershipContactsResolver } from './contact/partnership-contacts.resolver.js';
import { PartnershipHistoryResolver } from './history/partnership-history.resolver.js';
import { MembershipMutationResolver } from './membership/membership-mutation.resolver.js';
import { PartnershipInvitationResolver } from './membership/partnership-invitation.resolver.js';
import { PartnershipMembershipFieldsResolver } from './membership/partnership-membership-fields.resolver.js';
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
        PartnershipMembershipFieldsResolver,
        PartnershipContactsResolver,
        PartnershipHistoryResolver,
        PartnershipInvitationResolver,
        MembershipMutationResolver,
        AccountPartnershipsResolver,
      ],
      validate: false,
    },
    { ...partnershipReference, ...organizationReference, ...accountReference },
  );
}
