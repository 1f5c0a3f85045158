export type {
  LocalizedText,
  SdgCodeKind,
  SdgGoal,
  SdgIndicator,
  SdgLocale,
  SdgTarget,
} from './types.js';
export { SDG_FRAMEWORK_VERSION } from './framework-version.js';
export { sdgGoals, sdgIndicators, sdgTargets, uniqueIndicatorCount } from './framework-data.js';
export { compareSdgCodes } from './compare-sdg-codes.js';
export {
  getSdgGoal,
  getSdgIndicator,
  getSdgTarget,
  goalCodeOf,
  indicatorsOfTarget,
  isSdgGoalCode,
  isSdgIndicatorCode,
  isSdgTargetCode,
  sdgCodeKind,
  targetsOfGoal,
} from './lookups.js';
