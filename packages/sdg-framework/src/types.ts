export type SdgLocale = 'en' | 'fr' | 'es' | 'de';

export type LocalizedText = Readonly<Record<SdgLocale, string>>;

export interface SdgGoal {
  readonly code: string;
  readonly number: number;
  readonly title: LocalizedText;
  readonly shortTitle: LocalizedText;
  readonly color: string;
}

export interface SdgTarget {
  readonly code: string;
  readonly goalCode: string;
  readonly title: LocalizedText;
}

export interface SdgIndicator {
  readonly code: string;
  readonly targetCode: string;
  readonly goalCode: string;
  readonly title: Readonly<{ en: string }>;
  /** The first code (in SDG order) among the listings that share this indicator's text. */
  readonly uniqueIndicatorId: string;
}

export type SdgCodeKind = 'GOAL' | 'TARGET' | 'INDICATOR';
