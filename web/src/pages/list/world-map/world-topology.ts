import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

/**
 * Natural Earth's 1:110m country outlines as world-atlas ships them: part of this
 * lazily loaded chunk, so nothing is fetched at run time beyond the app itself.
 */
export const WORLD_TOPOLOGY = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
