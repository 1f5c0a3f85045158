import { getSdgIndicator } from '@msp-atlas/sdg-framework';
import type { DemoTheme, IndicatorTemplate } from './demo-theme.js';
import { roundToTwoSignificant } from './round-number.js';
import type { SeededRandom } from './seeded-random.js';

/** An indicator with baseline and target, as registered. */
export interface DemoIndicator {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  sdgIndicatorCode: string | null;
}

/**
 * Picks `count` of the theme's indicators, those measuring a declared SDG target
 * first. The SDG code is kept only where its target is one the partnership declares.
 */
export function chooseIndicators(random: SeededRandom, theme: DemoTheme, declaredTargets: readonly string[], count: number): DemoIndicator[] {
  const targetOf = (template: IndicatorTemplate) => (template.sdgIndicatorCode ? getSdgIndicator(template.sdgIndicatorCode)?.targetCode : undefined);
  const matching = (template: IndicatorTemplate) => declaredTargets.includes(targetOf(template) ?? '');
  const ordered = [...random.shuffle(theme.indicators.filter(matching)), ...random.shuffle(theme.indicators.filter((template) => !matching(template)))];
  return ordered.slice(0, count).map((template) => ({
    name: template.name,
    unit: template.unit,
    ...baselineAndTarget(random, template),
    sdgIndicatorCode: matching(template) ? template.sdgIndicatorCode! : null,
  }));
}

function baselineAndTarget(random: SeededRandom, template: IndicatorTemplate): { baseline: number; target: number } {
  const [min, max] = template.range;
  switch (template.trend) {
    case 'share': {
      const baseline = roundForDisplay(random.float(min, max));
      return { baseline, target: Math.min(98, Math.round(baseline + random.float(12, 35))) };
    }
    case 'count':
      return { baseline: 0, target: roundToTwoSignificant(random.float(min, max)) };
    case 'increase': {
      const baseline = roundForDisplay(random.float(min, max));
      return { baseline, target: roundForDisplay(baseline * random.float(1.3, 1.8)) };
    }
    case 'decrease': {
      const baseline = roundForDisplay(random.float(min, max));
      return { baseline, target: roundForDisplay(baseline * random.float(0.5, 0.8)) };
    }
  }
}

/**
 * The value reported once `progress` (0 = start of implementation, 1 = planned end)
 * has passed: on the way from baseline to target, some ahead, most behind plan.
 */
export function reportedValue(random: SeededRandom, indicator: DemoIndicator, progress: number): number {
  const achieved = Math.min(1.1, progress * random.float(0.6, 1.15));
  return roundForDisplay(indicator.baseline + (indicator.target - indicator.baseline) * achieved);
}

/** Whole numbers from 100 up, one decimal below. */
function roundForDisplay(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
}
