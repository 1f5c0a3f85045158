import { geoEqualEarth, geoPath } from 'd3-geo';
import { countryShapesFrom, type CountryShape } from './country-shapes';
import { WORLD_TOPOLOGY } from './world-topology';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 468;

export interface ProjectedShape extends CountryShape {
  /** The outline as an SVG path in the map's viewBox. */
  path: string;
}

// Equal Earth keeps areas true, so large countries do not look busier than they are.
const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'Sphere' });
const toPath = geoPath(projection);

export const SPHERE_PATH = toPath({ type: 'Sphere' }) ?? '';

/**
 * Projected once when the chunk loads: the outlines never change, only their colours.
 * In order of name, which is the order the Tab key visits the countries in.
 */
export const PROJECTED_SHAPES: readonly ProjectedShape[] = countryShapesFrom(WORLD_TOPOLOGY)
  .map((shape) => ({ ...shape, path: toPath(shape.outline) ?? '' }))
  .sort((left, right) => left.name.localeCompare(right.name, 'en'));
