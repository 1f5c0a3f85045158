import 'reflect-metadata';
import { buildFederatedSchema } from '@msp-atlas/federation';
import { DismissSdgSuggestionResolver } from './alignment/dismiss-sdg-suggestion.resolver.js';
import { partnershipReference } from './alignment/partnership.reference.js';
import { PartnershipSdgAlignmentResolver } from './alignment/partnership-sdg-alignment.resolver.js';
import { PartnershipSdgHealthSignalResolver } from './health-signal/partnership-sdg-health-signal.resolver.js';
import { OrganizationReference, organizationReference } from './sdg-coverage/organization.reference.js';
import { OrganizationSdgProfileResolver } from './sdg-coverage/organization-sdg-profile.resolver.js';
import { SdgCoverageResolver } from './sdg-coverage/sdg-coverage.resolver.js';
import { SdgTargetPartnershipsResolver } from './sdg-coverage/sdg-target-partnerships.resolver.js';
import { SdgGoalResolver } from './framework/sdg-goal.resolver.js';
import { sdgGoalReference } from './framework/sdg-goal.reference.js';
import { SdgIndicatorResolver } from './framework/sdg-indicator.resolver.js';
import { sdgIndicatorReference } from './framework/sdg-indicator.reference.js';
import { SdgTargetResolver } from './framework/sdg-target.resolver.js';
import { sdgTargetReference } from './framework/sdg-target.reference.js';
import { SuggestSdgAlignmentResolver } from './suggestion/suggest-sdg-alignment.resolver.js';

export function buildSdgSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        SdgGoalResolver,
        SdgTargetResolver,
        SdgIndicatorResolver,
        SuggestSdgAlignmentResolver,
        PartnershipSdgAlignmentResolver,
        DismissSdgSuggestionResolver,
        SdgCoverageResolver,
        SdgTargetPartnershipsResolver,
        OrganizationSdgProfileResolver,
        PartnershipSdgHealthSignalResolver,
      ],
      // Organization is reached only through the entity resolver; type-graphql prints only reachable types.
      orphanedTypes: [OrganizationReference],
      validate: false,
    },
    { ...sdgGoalReference, ...sdgTargetReference, ...sdgIndicatorReference, ...partnershipReference, ...organizationReference },
  );
}
