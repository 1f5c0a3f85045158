import { getCountryByNumeric } from '@msp-atlas/reference-data';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A country's outline with the alpha-3 code the API uses; null for shapes that are no ISO country (Kosovo, N. Cyprus). */
export interface CountryShape {
  key: string;
  alpha3: string | null;
  name: string;
  outline: Feature<Geometry>;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** world-atlas names countries by ISO 3166-1 numeric code; the reference data turns them into alpha-3. */
export function countryShapesFrom(topology: CountriesTopology): CountryShape[] {
  const collection = feature(topology, topology.objects.countries);
  return collection.features.map((outline, index) => {
    const country = outline.id === undefined ? undefined : getCountryByNumeric(outline.id);
    return {
      key: country?.alpha3 ?? `shape-${index}`,
      alpha3: country?.alpha3 ?? null,
      name: country?.name ?? outline.properties?.name ?? '',
      outline,
    };
  });
}
