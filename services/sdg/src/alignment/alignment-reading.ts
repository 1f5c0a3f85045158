/** What SdgAlignmentChanged tells: compared with the last published one to decide whether to publish. */
export interface AlignmentReading {
  declaredTargets: string[];
  suggestedTargets: { target: string; score: number }[];
  suggestedGoals: number[];
}

/** Compared field by field: jsonb keeps object keys in its own order, not the writer's. */
export function sameReading(a: AlignmentReading, b: AlignmentReading): boolean {
  const canonical = (reading: AlignmentReading) =>
    JSON.stringify([reading.declaredTargets, reading.suggestedTargets.map((s) => [s.target, s.score]), reading.suggestedGoals]);
  return canonical(a) === canonical(b);
}
