import type { SuccessFactor, SuccessFactorArea } from '../../api/schema-types';
import { SUCCESS_FACTOR_AREA_CODES } from '../../labels/success-factor-area-labels';
import { areaOfFactor } from '../../reference/success-factor-areas';

export interface AssessmentScores {
  assessedOn: string;
  submittedAt: string;
  scores: readonly { factor: SuccessFactor; score: number }[];
}

export interface TrendSeries {
  area: SuccessFactorArea;
  /** One value per date of `dates`: the mean of the area's scores that day, or null when none was scored. */
  values: (number | null)[];
}

export interface AreaTrend {
  /** The assessments' dates, oldest first. */
  dates: string[];
  /** Only the areas scored at least once. */
  series: TrendSeries[];
}

/** The mean self-score per area over the assessments, oldest first (same-day assessments in the order they were sent). */
export function areaTrend(assessments: readonly AssessmentScores[]): AreaTrend {
  const ordered = [...assessments].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.submittedAt.localeCompare(b.submittedAt));
  const series = SUCCESS_FACTOR_AREA_CODES.map((area) => ({
    area,
    values: ordered.map((assessment) => {
      const scores = assessment.scores.filter((entry) => areaOfFactor(entry.factor) === area).map((entry) => entry.score);
      return scores.length > 0 ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null;
    }),
  }));
  return { dates: ordered.map((assessment) => assessment.assessedOn), series: series.filter((line) => line.values.some((value) => value !== null)) };
}
