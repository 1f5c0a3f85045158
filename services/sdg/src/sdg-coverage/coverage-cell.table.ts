/** Coverage of one key ('ALL', 'G:6', 'T:6.1') in one area ('ALL', 'C:KEN', 'R:014'). */
export interface CoverageCellTable {
  area: string;
  key: string;
  partnerships: number;
  /** Distinct organisations: the rows of coverage_organization for the cell. */
  organizations: number;
}

export interface CoverageMoneyTable {
  area: string;
  key: string;
  currency: string;
  amount: string;
}

export interface CoverageOrganizationTable {
  area: string;
  key: string;
  organization_id: string;
  refs: number;
}
