/** A number to fill into a text, drawn from a range and rounded to look natural. */
export type NumberRange = readonly [min: number, max: number];

/** A text with `{place}`, `{commodity}`, `{year}` and `{n}` placeholders; `n` is drawn from the range. */
export interface TextTemplate {
  text: string;
  n?: NumberRange;
}

/**
 * How an indicator's value moves: `share` is a percentage rising by some points,
 * `count` grows from zero, `increase` and `decrease` move by a factor.
 */
export type IndicatorTrend = 'share' | 'count' | 'increase' | 'decrease';

export interface IndicatorTemplate {
  name: string;
  unit: string;
  trend: IndicatorTrend;
  /** Baseline range; for `count` the target range. */
  range: NumberRange;
  /** Only set where the indicator measures exactly the official SDG indicator. */
  sdgIndicatorCode?: string;
}

/** A field of work: the SDG targets and DAC sectors it maps to, and the words to describe it. */
export interface DemoTheme {
  key: string;
  /** The first target is always declared; a partnership adds one or two of the others. */
  sdgTargets: readonly string[];
  /** OECD DAC 3-digit codes; the first is always declared. */
  sectors: readonly string[];
  /** Names with `{place}` (and `{commodity}` for crops), e.g. '{place} Clean Water Alliance'. */
  names: readonly string[];
  /** Named after lakes, rivers and coasts rather than towns. */
  namedAfterWater?: boolean;
  /** What the partnership works on, after "work on": 'safe drinking water and sanitation'. */
  focus: string;
  problems: readonly string[];
  approaches: readonly string[];
  objectives: readonly TextTemplate[];
  milestones: readonly TextTemplate[];
  indicators: readonly IndicatorTemplate[];
  /** What partners do, after "leads": 'the rehabilitation of water points'. */
  activities: readonly string[];
  inKind: readonly string[];
}
