import { describe, expect, it } from 'vitest';
import { SDG_EVIDENCE_MIN_SCORE, sdgSignalFromAlignment } from '../src/index.js';

describe('sdgSignalFromAlignment', () => {
  it('counts declared targets the text evidences, from the evidence threshold on, and evidenced ones not declared', () => {
    expect(SDG_EVIDENCE_MIN_SCORE).toBe(0.3);
    const signal = sdgSignalFromAlignment({
      partnershipVersion: 7,
      declaredTargets: ['6.1', '6.2', '13.1', '6.1'],
      suggestedTargets: [
        { target: '6.1', score: 0.8 },
        { target: '6.2', score: 0.29 },
        { target: '6.3', score: 0.3 },
        { target: '6.3', score: 0.5 },
        { target: '4.1', score: 0.1 },
        { target: '6.a', score: 0.45 },
      ],
    });
    expect(signal).toEqual({ partnershipVersion: 7, declaredTargets: 3, evidencedDeclaredTargets: 1, suggestedUndeclaredTargets: 2 });
  });

  it('is all zeros for a partnership that declares nothing and whose text points to nothing', () => {
    expect(sdgSignalFromAlignment({ partnershipVersion: 1, declaredTargets: [], suggestedTargets: [] })).toEqual({
      partnershipVersion: 1,
      declaredTargets: 0,
      evidencedDeclaredTargets: 0,
      suggestedUndeclaredTargets: 0,
    });
  });
});
