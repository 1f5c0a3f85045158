import 'reflect-metadata';
import { buildFederatedSchema } from '@msp-atlas/federation';
import { LandscapeResolver } from './landscape/landscape.resolver.js';
import { SdgTargetActivityResolver } from './landscape/sdg-target-activity.resolver.js';
import { SdgTargetReference, sdgTargetReference } from './landscape/sdg-target.reference.js';
import { OverlapIndexStatusResolver } from './overlap-index/overlap-index-status.resolver.js';
import { CheckOverlapsResolver, PartnershipOverlapsResolver } from './overlaps/overlaps.resolver.js';
import { partnershipReference } from './overlaps/partnership.reference.js';
import { PartnershipOverlapHealthSignalResolver } from './overlap-summary/partnership-overlap-health-signal.resolver.js';

export function buildContextSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        OverlapIndexStatusResolver,
        PartnershipOverlapsResolver,
        CheckOverlapsResolver,
        LandscapeResolver,
        SdgTargetActivityResolver,
        PartnershipOverlapHealthSignalResolver,
      ],
      // Only reached through its reference resolver and its field resolver: listed so it is emitted.
      orphanedTypes: [SdgTargetReference],
      validate: false,
    },
    { ...partnershipReference, ...sdgTargetReference },
  );
}
