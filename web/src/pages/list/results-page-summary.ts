/** What one loaded page tells the list around it. */
export interface ResultsPageSummary {
  totalCount: number;
  rowCount: number;
  /** Cursor to load the next page from; null on the last page. */
  nextCursor: string | null;
}
