import { Phase } from '@msp-atlas/msp-vocabulary';
import type { HealthRule } from './rule.js';
import { count, evidence } from './evidence.js';

/** Overlapping current initiatives from which alignment with the field is weak (likely duplicates weigh alone, from one). */
export const CONTEXT_WEAK_OVERLAPS = 3;
export const CONTEXT_WEAK_DUPLICATES = 1;
/** Below this share of declared targets borne out by the text, the SDG contribution is weakly shown. */
export const AGENDA_2030_ADEQUATE_EVIDENCED_SHARE = 0.5;

export const contextAlignmentRule: HealthRule = {
  factor: 'CONTEXT_ALIGNMENT',
  area: 'CONTEXT',
  expectedFrom: Phase.INITIATION,
  source: 'CONTEXT',
  reads: ['overlaps.overlaps', 'overlaps.duplicates', 'overlaps.strongestScore'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING'],
  evaluate({ overlaps }) {
    if (!overlaps) {
      return {
        status: 'MISSING',
        summary: 'Not yet compared with other initiatives by the context service.',
        evidence: [evidence('overlapHealthSignal', null, 'No overlap check yet.')],
        nextStep: 'CONTEXT_PENDING',
      };
    }
    const shown = [
      evidence('overlapHealthSignal.overlaps', overlaps.overlaps, `Overlaps with ${count(overlaps.overlaps, 'current initiative')}.`),
      evidence('overlapHealthSignal.duplicates', overlaps.duplicates, `${count(overlaps.duplicates, 'likely duplicate')}.`),
    ];
    if (overlaps.strongestScore !== null) {
      shown.push(
        evidence('overlapHealthSignal.strongestScore', overlaps.strongestScore, `The strongest overlap scores ${overlaps.strongestScore.toFixed(2)}.`),
      );
    }
    if (overlaps.duplicates >= CONTEXT_WEAK_DUPLICATES) {
      return { status: 'WEAK', summary: 'Another registered initiative looks like a duplicate.', evidence: shown, nextStep: 'RESOLVE_DUPLICATES' };
    }
    if (overlaps.overlaps >= CONTEXT_WEAK_OVERLAPS) {
      return {
        status: 'WEAK',
        summary: `The work overlaps with ${overlaps.overlaps} current initiatives.`,
        evidence: shown,
        nextStep: 'COORDINATE_WITH_OVERLAPS',
      };
    }
    if (overlaps.overlaps > 0) {
      return {
        status: 'ADEQUATE',
        summary: `The work overlaps with ${count(overlaps.overlaps, 'current initiative')}.`,
        evidence: shown,
        nextStep: 'COORDINATE_WITH_OVERLAPS',
      };
    }
    return { status: 'STRONG', summary: 'No other current initiative does the same work.', evidence: shown, nextStep: null };
  },
};

export const agenda2030Rule: HealthRule = {
  factor: 'AGENDA_2030',
  area: 'CONTEXT',
  expectedFrom: Phase.INITIATION,
  source: 'SDG',
  reads: ['registry.sdgTargets', 'sdg.declaredTargets', 'sdg.evidencedDeclaredTargets', 'sdg.suggestedUndeclaredTargets'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING'],
  evaluate({ registry, sdg }) {
    if (!sdg) {
      // Nothing declared is a gap whatever the SDG service will say; otherwise wait for its reading.
      const declared = evidence('sdgTargets', registry.sdgTargets, `${count(registry.sdgTargets, 'SDG target')} declared.`);
      const pending = evidence('sdgHealthSignal', null, 'No SDG reading yet.');
      return registry.sdgTargets === 0
        ? { status: 'MISSING', summary: 'No SDG targets are declared.', evidence: [declared, pending], nextStep: 'DECLARE_SDG_TARGETS' }
        : { status: 'MISSING', summary: 'Not yet read by the SDG service.', evidence: [declared, pending], nextStep: 'SDG_PENDING' };
    }
    const shown = [
      evidence('sdgHealthSignal.declaredTargets', sdg.declaredTargets, `${count(sdg.declaredTargets, 'SDG target')} declared.`),
      evidence(
        'sdgHealthSignal.evidencedDeclaredTargets',
        sdg.evidencedDeclaredTargets,
        `${sdg.evidencedDeclaredTargets} of them borne out by the partnership’s own text.`,
      ),
      evidence(
        'sdgHealthSignal.suggestedUndeclaredTargets',
        sdg.suggestedUndeclaredTargets,
        `${count(sdg.suggestedUndeclaredTargets, 'further target')} the text points to.`,
      ),
    ];
    if (sdg.declaredTargets === 0) return { status: 'MISSING', summary: 'No SDG targets are declared.', evidence: shown, nextStep: 'DECLARE_SDG_TARGETS' };
    const share = sdg.evidencedDeclaredTargets / sdg.declaredTargets;
    if (share < AGENDA_2030_ADEQUATE_EVIDENCED_SHARE) {
      return {
        status: 'WEAK',
        summary: 'Most declared SDG targets are not borne out by the partnership’s text.',
        evidence: shown,
        nextStep: 'EVIDENCE_SDG_TARGETS',
      };
    }
    if (share < 1)
      return { status: 'ADEQUATE', summary: 'Some declared SDG targets are not borne out by the text.', evidence: shown, nextStep: 'EVIDENCE_SDG_TARGETS' };
    if (sdg.suggestedUndeclaredTargets > 0) {
      return {
        status: 'ADEQUATE',
        summary: 'Every declared target is borne out, and the text points to further ones.',
        evidence: shown,
        nextStep: 'REVIEW_SUGGESTED_TARGETS',
      };
    }
    return { status: 'STRONG', summary: 'Every declared SDG target is borne out by the partnership’s text.', evidence: shown, nextStep: null };
  },
};
