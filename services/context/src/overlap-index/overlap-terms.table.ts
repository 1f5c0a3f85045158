/** One posting of the inverted index: the partnership has this term. */
export interface OverlapTermsTable {
  term: string;
  partnership_id: string;
}

/** How many partnerships have the term; `#partnerships` holds the number indexed. */
export interface OverlapTermStatsTable {
  term: string;
  df: number;
  /** The partnerships holding the term while df <= DF_CAP; null above it. */
  partnership_ids: string[] | null;
}

export interface OrganizationNamesTable {
  organization_id: string;
  normalized_name: string;
}
