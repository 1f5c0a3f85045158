import type { CountryCount } from './country-counts';
import { WORLD_MAP_MESSAGES } from './world-map-messages';

/** The map's figures as a table, for screen readers (visually hidden: the map shows the same). */
export function CountryCountTable({ counts }: { counts: readonly CountryCount[] }) {
  return (
    <table className="visually-hidden" data-testid="country-counts">
      <caption>{WORLD_MAP_MESSAGES.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{WORLD_MAP_MESSAGES.countryColumn}</th>
          <th scope="col">{WORLD_MAP_MESSAGES.countColumn}</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((row) => (
          <tr key={row.country} data-country={row.country}>
            <th scope="row">{row.name}</th>
            <td>{row.partnershipCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
