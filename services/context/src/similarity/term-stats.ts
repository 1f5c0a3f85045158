/** Document frequencies the exact score weighs text with. */
export interface TermStats {
  partnerships: number;
  df(term: string): number;
}

export function idfOf(stats: TermStats, term: string): number {
  return Math.log(1 + Math.max(1, stats.partnerships) / Math.max(1, stats.df(term)));
}
