import { SUCCESS_FACTOR_AREAS } from '@msp-atlas/msp-vocabulary';
import { describe, expect, it } from 'vitest';
import { SUCCESS_FACTOR_CODES } from '../labels/success-factor-labels';
import { areaOfFactor, SUCCESS_FACTORS_BY_AREA } from './success-factor-areas';

describe('the success factors by area', () => {
  it('groups every factor once, in the framework order, as msp-vocabulary does', () => {
    expect(Object.values(SUCCESS_FACTORS_BY_AREA).flat()).toEqual(SUCCESS_FACTOR_CODES);
    for (const factor of SUCCESS_FACTOR_CODES) expect(areaOfFactor(factor), factor).toBe(SUCCESS_FACTOR_AREAS[factor]);
  });
});
