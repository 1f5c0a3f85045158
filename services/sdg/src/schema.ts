import 'reflect-metadata';
import { buildFederatedSchema } from '@msp-atlas/federation';
import { SdgGoalResolver } from './framework/sdg-goal.resolver.js';
import { sdgGoalReference } from './framework/sdg-goal.reference.js';
import { SdgIndicatorResolver } from './framework/sdg-indicator.resolver.js';
import { sdgIndicatorReference } from './framework/sdg-indicator.reference.js';
import { SdgTargetResolver } from './framework/sdg-target.resolver.js';
import { sdgTargetReference } from './framework/sdg-target.reference.js';

export function buildSdgSchema() {
  return buildFederatedSchema(
    {
      resolvers: [SdgGoalResolver, SdgTargetResolver, SdgIndicatorResolver],
      validate: false,
    },
    { ...sdgGoalReference, ...sdgTargetReference, ...sdgIndicatorReference },
  );
}
