import { NEXT_STEP_TEXTS } from '@msp-atlas/partnership-health';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { nextStepText } from './health-texts';

// The API names each next step by a stable code; the page says it from the catalogue.
// The four-language key parity of the catalogue parts is checked by catalogues.test.ts.
describe('the next steps in the catalogue', () => {
  it('has an English message for every code a health rule can recommend, and no other', () => {
    const catalogued = Object.keys(i18n.getResource('en', 'translation', 'health.nextStep') as Record<string, string>).sort();
    expect(catalogued).toEqual(Object.keys(NEXT_STEP_TEXTS).sort());
  });

  it("says a known code from the catalogue and an unknown one in the API's own words", () => {
    expect(nextStepText({ code: 'SIGN_MOU', text: 'from the API' })).toBe(i18n.t('health.nextStep.SIGN_MOU'));
    expect(nextStepText({ code: 'A_CODE_ADDED_LATER', text: 'Do the new thing.' })).toBe('Do the new thing.');
  });
});
