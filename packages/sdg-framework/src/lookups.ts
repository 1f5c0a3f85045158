import { sdgIndicators, sdgTargets } from './framework-data.js';
import { getSdgGoal, isSdgGoalCode } from './goals.js';
import type { SdgCodeKind, SdgIndicator, SdgTarget } from './types.js';

export { getSdgGoal, isSdgGoalCode };
const targetsByCode: ReadonlyMap<string, SdgTarget> = new Map(sdgTargets.map((target) => [target.code, target]));
const indicatorsByCode: ReadonlyMap<string, SdgIndicator> = new Map(sdgIndicators.map((indicator) => [indicator.code, indicator]));

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  for (const group of groups.values()) Object.freeze(group);
  return groups;
}

const targetsByGoal = groupBy(sdgTargets, (target) => target.goalCode);
const indicatorsByTarget = groupBy(sdgIndicators, (indicator) => indicator.targetCode);
const NONE: readonly never[] = Object.freeze([]);

export function getSdgTarget(code: string): SdgTarget | undefined {
  return targetsByCode.get(code);
}

export function getSdgIndicator(code: string): SdgIndicator | undefined {
  return indicatorsByCode.get(code);
}

/** The goal's targets in SDG order; empty for an unknown goal. */
export function targetsOfGoal(goalCode: string): readonly SdgTarget[] {
  return targetsByGoal.get(goalCode) ?? NONE;
}

/** The target's indicator listings in SDG order; empty for an unknown target. */
export function indicatorsOfTarget(targetCode: string): readonly SdgIndicator[] {
  return indicatorsByTarget.get(targetCode) ?? NONE;
}

/** What an SDG code denotes, or undefined when the framework has no such code (e.g. '18', '6.9', '1.a.3'). */
export function sdgCodeKind(code: string): SdgCodeKind | undefined {
  if (isSdgGoalCode(code)) return 'GOAL';
  if (targetsByCode.has(code)) return 'TARGET';
  if (indicatorsByCode.has(code)) return 'INDICATOR';
  return undefined;
}

export function isSdgTargetCode(code: string): boolean {
  return targetsByCode.has(code);
}

export function isSdgIndicatorCode(code: string): boolean {
  return indicatorsByCode.has(code);
}

/** The goal a known goal, target or indicator code belongs to: '6.1' -> '6', '6.1.1' -> '6', '6' -> '6'. */
export function goalCodeOf(code: string): string | undefined {
  return getSdgGoal(code)?.code ?? targetsByCode.get(code)?.goalCode ?? indicatorsByCode.get(code)?.goalCode;
}
