export interface OfficialNames {
  readonly en?: string;
  readonly fr?: string;
  readonly es?: string;
  readonly ar?: string;
  readonly zh?: string;
  readonly ru?: string;
}

export interface Country {
  /** ISO 3166-1 alpha-3, e.g. 'KEN'. */
  readonly alpha3: string;
  /** ISO 3166-1 alpha-2, e.g. 'KE'. */
  readonly alpha2: string;
  /** ISO 3166-1 numeric, three digits zero-padded, e.g. '404'. */
  readonly numeric: string;
  /** English short name as the UN Statistics Division (M49) writes it, e.g. 'Kenya'. */
  readonly name: string;
  readonly officialNames: OfficialNames;
  /** UN M49 codes, three digits zero-padded; absent where the country has none (Antarctica). */
  readonly regionCode?: string;
  readonly subRegionCode?: string;
  readonly intermediateRegionCode?: string;
  readonly isLeastDeveloped: boolean;
  readonly isLandlockedDeveloping: boolean;
  readonly isSmallIslandDeveloping: boolean;
  /** ISO 4217 alphabetic codes of the currencies in use; empty where there is no universal currency. */
  readonly currencyCodes: readonly string[];
}

export type RegionLevel = 'WORLD' | 'REGION' | 'SUB_REGION' | 'INTERMEDIATE_REGION';

export interface Region {
  /** UN M49 code, three digits zero-padded; the world is '001'. */
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly parentCode?: string;
}

export interface Currency {
  /** ISO 4217 alphabetic code, e.g. 'EUR'. */
  readonly code: string;
  /** ISO 4217 numeric code, three digits. */
  readonly numericCode?: string;
  readonly name: string;
  readonly minorUnit?: number;
}
