import type { SdgMoney } from './sdg-money.type.js';

/** What coverage counts for one target, one goal, or all. */
export interface CoverageCounts {
  partnerships: number;
  organizations: number;
  money: SdgMoney[];
}

export const noCoverage = (): CoverageCounts => ({ partnerships: 0, organizations: 0, money: [] });
