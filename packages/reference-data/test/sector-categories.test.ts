import { describe, expect, it } from 'vitest';
import { getSectorCategory, isSectorCode, sectorCategories } from '../src/index.js';

describe('OECD DAC sector categories', () => {
  it('holds the active 3-digit categories with English names', () => {
    expect(sectorCategories.length).toBe(42);
    expect(getSectorCategory('140')?.name).toMatch(/Water/);
  });

  it('refuses unknown codes', () => {
    expect(isSectorCode('140')).toBe(true);
    expect(isSectorCode('14010')).toBe(false);
    expect(isSectorCode('999')).toBe(false);
  });
});
