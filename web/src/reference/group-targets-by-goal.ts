import { compareSdgCodes, getSdgGoal, goalCodeOf, type SdgGoal } from '@msp-atlas/sdg-framework';

export interface GoalWithTargets {
  goal: SdgGoal;
  targetCodes: string[];
}

/** Target codes grouped under their goal, both in SDG order; unknown codes are left out. */
export function groupTargetsByGoal(targetCodes: readonly string[]): GoalWithTargets[] {
  const groups = new Map<string, string[]>();
  for (const code of [...targetCodes].sort(compareSdgCodes)) {
    const goalCode = goalCodeOf(code);
    if (!goalCode) continue;
    const group = groups.get(goalCode);
    if (group) group.push(code);
    else groups.set(goalCode, [code]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareSdgCodes(a, b))
    .flatMap(([goalCode, codes]) => {
      const goal = getSdgGoal(goalCode);
      return goal ? [{ goal, targetCodes: codes }] : [];
    });
}
