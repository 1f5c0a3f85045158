import { compareSdgCodes } from '../src/compare-sdg-codes.js';
import type { SdgGoal, SdgIndicator, SdgTarget } from '../src/types.js';
import { GOAL_COLORS } from './goal-colors.js';
import { indexByLocale, localize, type EntriesByLocale } from './localize.js';
import type { TranslationEntry } from './read-translations.js';

/** Indicators deleted in the 2020 comprehensive review that the source still lists. */
export const WITHDRAWN_INDICATOR_CODES: ReadonlySet<string> = new Set(['1.a.3', '11.c.1', '13.3.2', '17.6.2']);

const GOAL_CODE = /^\d+$/;
const TARGET_CODE = /^\d+\.(?:\d+|[a-z])$/;
const INDICATOR_CODE = /^\d+\.(?:\d+|[a-z])\.\d+$/;

export interface FrameworkSource {
  readonly goals: EntriesByLocale;
  readonly targets: EntriesByLocale;
  /** Indicator titles exist in English only. */
  readonly indicators: readonly TranslationEntry[];
}

export interface Framework {
  readonly goals: readonly SdgGoal[];
  readonly targets: readonly SdgTarget[];
  readonly indicators: readonly SdgIndicator[];
}

function parentCode(code: string): string {
  return code.slice(0, code.lastIndexOf('.'));
}

function sortedCodes(codes: Iterable<string>, pattern: RegExp): string[] {
  const list = [...codes];
  const malformed = list.filter((code) => !pattern.test(code));
  if (malformed.length > 0) throw new Error(`malformed codes: ${malformed.join(', ')}`);
  return list.sort(compareSdgCodes);
}

function buildGoals(source: FrameworkSource): SdgGoal[] {
  const titles = indexByLocale(source.goals, 'title');
  const shortTitles = indexByLocale(source.goals, 'short');
  return sortedCodes(titles.en.keys(), GOAL_CODE).map((code) => {
    const number = Number(code);
    const color = GOAL_COLORS[number];
    if (color === undefined) throw new Error(`no colour for goal ${code}`);
    return { code, number, title: localize(titles, code), shortTitle: localize(shortTitles, code), color };
  });
}

function buildTargets(source: FrameworkSource, goalCodes: ReadonlySet<string>): SdgTarget[] {
  const titles = indexByLocale(source.targets, 'title');
  return sortedCodes(titles.en.keys(), TARGET_CODE).map((code) => {
    const goalCode = parentCode(code);
    if (!goalCodes.has(goalCode)) throw new Error(`target ${code} has no goal`);
    return { code, goalCode, title: localize(titles, code) };
  });
}

function buildIndicators(source: FrameworkSource, targetCodes: ReadonlySet<string>): SdgIndicator[] {
  const titles = new Map(
    source.indicators.filter((entry) => entry.field === 'title' && !WITHDRAWN_INDICATOR_CODES.has(entry.code)).map((entry) => [entry.code, entry.text]),
  );
  const firstCodeByText = new Map<string, string>();
  return sortedCodes(titles.keys(), INDICATOR_CODE).map((code) => {
    const targetCode = parentCode(code);
    if (!targetCodes.has(targetCode)) throw new Error(`indicator ${code} has no target`);
    const en = titles.get(code) ?? '';
    if (!firstCodeByText.has(en)) firstCodeByText.set(en, code);
    return {
      code,
      targetCode,
      goalCode: parentCode(targetCode),
      title: { en },
      uniqueIndicatorId: firstCodeByText.get(en) ?? code,
    };
  });
}

export function buildFramework(source: FrameworkSource): Framework {
  const goals = buildGoals(source);
  const targets = buildTargets(source, new Set(goals.map((goal) => goal.code)));
  const indicators = buildIndicators(source, new Set(targets.map((target) => target.code)));
  return { goals, targets, indicators };
}
