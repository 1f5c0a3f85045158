import { describe, expect, it } from 'vitest';
import { mergeCatalogueParts } from './merge-catalogue-parts';

describe('mergeCatalogueParts', () => {
  it('puts the parts side by side', () => {
    expect(
      mergeCatalogueParts([
        { name: 'core', messages: { a: 'A' } },
        { name: 'sdg', messages: { b: { c: 'C' } } },
      ]),
    ).toEqual({ a: 'A', b: { c: 'C' } });
  });

  it('refuses a top-level key two parts claim', () => {
    expect(() =>
      mergeCatalogueParts([
        { name: 'core', messages: { a: 'A' } },
        { name: 'sdg', messages: { a: 'B' } },
      ]),
    ).toThrow(/"a" is in both core and sdg/);
  });
});
