import indicatorsJson from './data/indicators.json' with { type: 'json' };
import targetsJson from './data/targets.json' with { type: 'json' };
import { deepFreeze } from './deep-freeze.js';
import type { SdgIndicator, SdgTarget } from './types.js';

export { sdgGoals } from './goals.js';

/** The 169 targets in SDG order (1.1 … 1.5, 1.a, 1.b, 2.1 …). */
export const sdgTargets: readonly SdgTarget[] = deepFreeze(targetsJson);

/** Every indicator listing in SDG order; an indicator repeated under several targets is listed under each. */
export const sdgIndicators: readonly SdgIndicator[] = deepFreeze(indicatorsJson);

/** How many distinct indicators the listings hold once repeats are counted once. */
export const uniqueIndicatorCount: number = new Set(sdgIndicators.map((indicator) => indicator.uniqueIndicatorId)).size;
