import 'reflect-metadata';
import { buildFederatedSchema } from '@msp-atlas/federation';
import { OverlapIndexStatusResolver } from './overlap-index/overlap-index-status.resolver.js';
import { CheckOverlapsResolver, PartnershipOverlapsResolver } from './overlaps/overlaps.resolver.js';
import { partnershipReference } from './overlaps/partnership.reference.js';

export function buildContextSchema() {
  return buildFederatedSchema(
    { resolvers: [OverlapIndexStatusResolver, PartnershipOverlapsResolver, CheckOverlapsResolver], validate: false },
    { ...partnershipReference },
  );
}
