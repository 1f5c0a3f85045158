import type { OperationLimits } from './operation-limits.js';
import type { OperationMeasure } from './measure-operation.js';
import { operationTooComplex } from './limit-errors.js';

/** Throws OPERATION_TOO_COMPLEX for the first limit the operation exceeds. */
export function checkOperation(measure: OperationMeasure, limits: OperationLimits): void {
  const checks: [string, number, number][] = [
    ['depth', limits.maxDepth, measure.depth],
    ['aliases', limits.maxAliases, measure.aliases],
    ['rootFields', limits.maxRootFields, measure.rootFields],
    ['cost', limits.maxCost, measure.cost],
  ];
  for (const [limit, maximum, actual] of checks) {
    if (actual > maximum) throw operationTooComplex(limit, maximum, actual);
  }
}
