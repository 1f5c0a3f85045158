import { describe, expect, it } from 'vitest';
import { getSdgGoal, getSdgIndicator, getSdgTarget } from '../src/index.js';

describe('titles match the source', () => {
  it('goal 6', () => {
    const goal = getSdgGoal('6');
    expect(goal?.number).toBe(6);
    expect(goal?.shortTitle.en).toBe('Clean water and sanitation');
    expect(goal?.shortTitle.fr).toBe('Eau propre et assainissement');
    expect(goal?.title.en).toBe('Ensure availability and sustainable management of water and sanitation for all');
  });

  it('target 6.1, with its folded lines joined', () => {
    expect(getSdgTarget('6.1')?.title.en).toBe('By 2030, achieve universal and equitable access to safe and affordable drinking water for all');
  });

  it('indicator 6.1.1', () => {
    expect(getSdgIndicator('6.1.1')?.title.en).toBe('Proportion of population using safely managed drinking water services');
  });

  it('repairs the mis-encoded German quotes of target 14.c', () => {
    expect(getSdgTarget('14.c')?.title.de).toContain('„Die Zukunft, die wir wollen“');
  });
});
