export const OverlapKind = {
  /** Very likely the same initiative registered twice. */
  DUPLICATE: 'DUPLICATE',
  /** The same problem in the same place. */
  OVERLAP: 'OVERLAP',
  /** The same targets, in another place or with another approach. */
  COMPLEMENTARY: 'COMPLEMENTARY',
} as const;
export type OverlapKind = (typeof OverlapKind)[keyof typeof OverlapKind];

export const OverlapReasonKind = {
  SHARED_TARGETS: 'SHARED_TARGETS',
  SHARED_GOALS: 'SHARED_GOALS',
  SHARED_COUNTRIES: 'SHARED_COUNTRIES',
  SHARED_REGIONS: 'SHARED_REGIONS',
  DIFFERENT_SCOPE: 'DIFFERENT_SCOPE',
  SHARED_SECTORS: 'SHARED_SECTORS',
  SHARED_ORGANIZATIONS: 'SHARED_ORGANIZATIONS',
  SAME_LEAD: 'SAME_LEAD',
  SIMILAR_NAME: 'SIMILAR_NAME',
  MATCHING_TEXT: 'MATCHING_TEXT',
  CLOSE_START_DATE: 'CLOSE_START_DATE',
  PAST_INITIATIVE: 'PAST_INITIATIVE',
} as const;
export type OverlapReasonKind = (typeof OverlapReasonKind)[keyof typeof OverlapReasonKind];
