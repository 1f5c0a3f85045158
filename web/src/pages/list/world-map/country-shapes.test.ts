import { describe, expect, it } from 'vitest';
import { countryShapesFrom } from './country-shapes';
import { WORLD_TOPOLOGY } from './world-topology';

describe('countryShapesFrom', () => {
  const shapes = countryShapesFrom(WORLD_TOPOLOGY);

  it('names world-atlas shapes by the alpha-3 codes of the reference data', () => {
    const kenya = shapes.find((shape) => shape.alpha3 === 'KEN');
    expect(kenya?.name).toBe('Kenya');
    expect(kenya?.outline.id).toBe('404');
    expect(shapes.find((shape) => shape.alpha3 === 'AFG')?.outline.id).toBe('004');
  });

  it('maps every shape with a numeric code, and keeps the others without one', () => {
    const unmapped = shapes.filter((shape) => shape.alpha3 === null);
    expect(unmapped.every((shape) => shape.outline.id === undefined)).toBe(true);
    expect(unmapped.map((shape) => shape.name).sort()).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
    expect(new Set(shapes.map((shape) => shape.key)).size).toBe(shapes.length);
  });
});
