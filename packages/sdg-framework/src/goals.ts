// The 17 goals on their own, for clients that need no targets or indicators (the
// web app's list page): importing `@msp-atlas/sdg-framework/goals` keeps the much
// larger target and indicator texts out of their bundle.
import goalsJson from './data/goals.json' with { type: 'json' };
import { deepFreeze } from './deep-freeze.js';
import type { SdgGoal } from './types.js';

export { compareSdgCodes } from './compare-sdg-codes.js';
export type { LocalizedText, SdgGoal, SdgLocale } from './types.js';

/** The 17 goals in SDG order. */
export const sdgGoals: readonly SdgGoal[] = deepFreeze(goalsJson);

const goalsByCode: ReadonlyMap<string, SdgGoal> = new Map(sdgGoals.map((goal) => [goal.code, goal]));

export function getSdgGoal(code: string): SdgGoal | undefined {
  return goalsByCode.get(code);
}

export function isSdgGoalCode(code: string): boolean {
  return goalsByCode.has(code);
}
