import { type Phase, SuccessFactor } from '@msp-atlas/msp-vocabulary';
import type { DemoSelfAssessment } from './demo-partnership.js';
import { addDays, laterOf, yearOf } from './iso-dates.js';
import type { SeededRandom } from './seeded-random.js';

/** Chance that the members have assessed themselves at all, by phase. */
const assessedChance: Record<Phase, number> = { INITIATION: 0.15, DESIGN: 0.3, IMPLEMENTATION: 0.4, FURTHER_DEVELOPMENT: 0.4 };

/** Members tend to rate themselves well, now and then harshly. */
const scoreWeights = [
  [1, 6],
  [2, 12],
  [3, 26],
  [4, 34],
  [5, 22],
] as const;

const notes: Record<number, readonly string[]> = {
  1: ['This is a real problem for us.', 'We have not started on this.'],
  2: ['Some partners feel left out.', 'We talk about it, but little happens.'],
  3: ['Works, with room to improve.', 'Depends on who attends the meetings.'],
  4: ['Works well most of the time.', 'Improved since the last steering committee.'],
  5: ['One of our strengths.', 'Partners say this works very well.'],
};

/** The factors members score most often: those the data says least about come first. */
const usualFactors: readonly SuccessFactor[] = [SuccessFactor.TRUST, SuccessFactor.SHARED_LANGUAGE];

/**
 * Zero to three self-assessments, oldest first, each scoring a handful of factors; none
 * before the partnership started, nor before the year before today (the registry accepts
 * none older than the year before the partnership's registration, and the demo registers today).
 */
export function planSelfAssessments(random: SeededRandom, input: { phase: Phase; startDate: string; today: string }): DemoSelfAssessment[] {
  if (!random.chance(assessedChance[input.phase])) return [];
  const earliest = laterOf(input.startDate, `${yearOf(input.today) - 1}-01-01`);
  const assessments: DemoSelfAssessment[] = [];
  let assessedOn = addDays(input.today, -random.int(5, 300));
  for (let count = random.int(1, 3); count > 0 && assessedOn >= earliest; count -= 1) {
    const others = random.sample(
      Object.values(SuccessFactor).filter((factor) => !usualFactors.includes(factor)),
      random.int(2, 8),
    );
    const factors = [...usualFactors.filter(() => random.chance(0.8)), ...others];
    assessments.unshift({
      assessedOn,
      scores: factors.map((factor) => {
        const score = random.pickWeighted(scoreWeights);
        return { factor, score, note: random.pick(notes[score]!) };
      }),
    });
    assessedOn = addDays(assessedOn, -random.int(150, 400));
  }
  return assessments;
}
