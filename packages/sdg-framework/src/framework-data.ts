import goalsJson from './data/goals.json' with { type: 'json' };
import indicatorsJson from './data/indicators.json' with { type: 'json' };
import targetsJson from './data/targets.json' with { type: 'json' };
import { deepFreeze } from './deep-freeze.js';
import type { SdgGoal, SdgIndicator, SdgTarget } from './types.js';

/** The 17 goals in SDG order. */
export const sdgGoals: readonly SdgGoal[] = deepFreeze(goalsJson);

/** The 169 targets in SDG order (1.1 … 1.5, 1.a, 1.b, 2.1 …). */
export const sdgTargets: readonly SdgTarget[] = deepFreeze(targetsJson);

/** Every indicator listing in SDG order; an indicator repeated under several targets is listed under each. */
export const sdgIndicators: readonly SdgIndicator[] = deepFreeze(indicatorsJson);

/** How many distinct indicators the listings hold once repeats are counted once. */
export const uniqueIndicatorCount: number = new Set(sdgIndicators.map((indicator) => indicator.uniqueIndicatorId)).size;
