import { describe, expect, it } from 'vitest';
import { emptyDrafts, formFieldOf, planSubmission } from './self-assessment-form';

describe('the self-assessment form', () => {
  it('sends the scored factors in the framework order, with their notes trimmed', () => {
    const drafts = emptyDrafts();
    drafts.TRUST = { score: 4, note: '  We meet monthly ' };
    drafts.JOINT_OBJECTIVES = { score: 2, note: '' };
    const plan = planSubmission(drafts);
    expect(plan.scores).toEqual([
      { factor: 'JOINT_OBJECTIVES', score: 2 },
      { factor: 'TRUST', score: 4, note: 'We meet monthly' },
    ]);
    expect(plan.factors).toEqual(['JOINT_OBJECTIVES', 'TRUST']);
    expect(plan.problems).toEqual([]);
  });

  it('refuses a note without a score, and a form with no score', () => {
    const drafts = emptyDrafts();
    drafts.LEARNING = { score: null, note: 'Not sure yet' };
    expect(planSubmission(drafts).problems.map((problem) => problem.field)).toEqual(['scores.LEARNING.note', 'input.scores']);
  });

  it('places the API problems of an entry at the factor it was sent for', () => {
    const factors = ['JOINT_OBJECTIVES', 'TRUST'] as const;
    expect(formFieldOf('input.scores[1].score', factors)).toBe('scores.TRUST.score');
    expect(formFieldOf('input.scores[1].note', factors)).toBe('scores.TRUST.note');
    expect(formFieldOf('input.scores[0]', factors)).toBe('scores.JOINT_OBJECTIVES.score');
    expect(formFieldOf('input.scores[5].score', factors)).toBe('input.scores');
    expect(formFieldOf('input.assessedOn', factors)).toBe('input.assessedOn');
    expect(formFieldOf(undefined, factors)).toBeUndefined();
  });
});
