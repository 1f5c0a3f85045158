import { useMemo } from 'react';
import { useQuery } from 'urql';
import { PARTNERSHIP_COUNTS_BY_COUNTRY_QUERY } from '../../../api/partnership-counts-by-country-query';
import type { PartnershipFilter } from '../../../api/schema-types';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { LoadingIndicator } from '../../../components/LoadingIndicator';
import { countSteps } from './count-scale';
import { countriesOffMap, namedCountryCounts } from './country-counts';
import { CountryCountTable } from './CountryCountTable';
import { MapLegend } from './MapLegend';
import { PROJECTED_SHAPES } from './projected-shapes';
import { WORLD_MAP_MESSAGES } from './world-map-messages';
import { WorldMap } from './WorldMap';

export interface WorldMapSectionProps {
  /** The list's filter without its country: the map shows every country the other filters leave. */
  filter: PartnershipFilter;
  selectedCountry: string;
  /** An alpha-3 code, or '' to show all countries again. */
  onSelectCountry: (alpha3: string) => void;
}

const MAPPED_COUNTRIES: ReadonlySet<string> = new Set(PROJECTED_SHAPES.flatMap((shape) => (shape.alpha3 ? [shape.alpha3] : [])));

/** Counts per country on a world map beside the list; choosing a country filters the list. */
export default function WorldMapSection({ filter, selectedCountry, onSelectCountry }: WorldMapSectionProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PARTNERSHIP_COUNTS_BY_COUNTRY_QUERY, variables: { filter } });
  const rows = data?.partnershipCountsByCountry;
  const counts = useMemo(() => namedCountryCounts(rows ?? []), [rows]);
  const countByCountry = useMemo(() => new Map(counts.map((row) => [row.country, row.partnershipCount])), [counts]);
  const steps = useMemo(() => countSteps(counts[0]?.partnershipCount ?? 0), [counts]);
  const offMap = countriesOffMap(counts, MAPPED_COUNTRIES);
  const selectedName = counts.find((row) => row.country === selectedCountry)?.name ?? selectedCountry;
  const toggle = (alpha3: string) => onSelectCountry(alpha3 === selectedCountry ? '' : alpha3);

  return (
    <section className="map-section" aria-labelledby="world-map-heading" aria-busy={fetching || undefined}>
      <h2 id="world-map-heading">{WORLD_MAP_MESSAGES.heading}</h2>
      <p className="section-note">{WORLD_MAP_MESSAGES.intro}</p>
      {!rows && error && !fetching ? (
        <ErrorNotice title={WORLD_MAP_MESSAGES.failed}>
          <button type="button" className="button button-secondary" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {WORLD_MAP_MESSAGES.tryAgain}
          </button>
        </ErrorNotice>
      ) : !rows ? (
        <LoadingIndicator label={WORLD_MAP_MESSAGES.loading} />
      ) : (
        <>
          <WorldMap counts={countByCountry} steps={steps} selectedCountry={selectedCountry} onSelect={toggle} />
          <div className="map-footer">
            <MapLegend steps={steps} />
            {selectedCountry && (
              <p className="map-selection">
                {WORLD_MAP_MESSAGES.selected(selectedName)}{' '}
                <button type="button" className="button-link" onClick={() => onSelectCountry('')}>
                  {WORLD_MAP_MESSAGES.showAllCountries}
                </button>
              </p>
            )}
          </div>
          {counts.length === 0 && <p className="empty-state">{WORLD_MAP_MESSAGES.noCountries}</p>}
          {offMap.length > 0 && (
            <p className="section-note">{WORLD_MAP_MESSAGES.offMap(offMap.map((row) => `${row.name} (${row.partnershipCount})`).join(', '))}</p>
          )}
          <CountryCountTable counts={counts} />
        </>
      )}
    </section>
  );
}
