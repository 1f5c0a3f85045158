import type { ReactNode } from 'react';
import type { ResultOf } from '../../graphql/graphql';
import { formatDate } from '../../format/format-date';
import { PHASE_LABELS } from '../../labels/phase-labels';
import { SCOPE_LABELS } from '../../labels/scope-labels';
import { STATUS_LABELS } from '../../labels/status-labels';
import { countryName } from '../../reference/country-options';
import { regionName } from '../../reference/region-options';
import { sectorName } from '../../reference/sector-options';
import type { PartnershipFactsFragment } from './partnership-facts-fragment';

function listOrDash(items: string[]): ReactNode {
  if (items.length === 0) return '—';
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** The record's key facts as a definition list, next to the main content. */
export function PartnershipFacts({ partnership }: { partnership: ResultOf<typeof PartnershipFactsFragment> }) {
  const facts: [string, ReactNode][] = [
    ['Phase', PHASE_LABELS[partnership.phase]],
    ['Status', STATUS_LABELS[partnership.status]],
    ['Scope', SCOPE_LABELS[partnership.scope]],
    ['Countries', listOrDash(partnership.countries.map(countryName))],
    ['Regions', listOrDash(partnership.regions.map(regionName))],
    ['Sectors', listOrDash(partnership.sectors.map((code) => `${sectorName(code)} (${code})`))],
    ['Start date', formatDate(partnership.startDate) || '—'],
    ['End date', formatDate(partnership.endDate) || '—'],
    [
      'Website',
      partnership.website ? (
        <a href={partnership.website} rel="noopener noreferrer" target="_blank">
          {partnership.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        '—'
      ),
    ],
    ['Members on MSP Atlas', String(partnership.memberCount)],
    ['Registered', formatDate(partnership.createdAt)],
    ['Last updated', `${formatDate(partnership.updatedAt)} (version ${partnership.version})`],
  ];
  return (
    <div className="facts">
      <h2 className="visually-hidden">Key facts</h2>
      <dl>
        {facts.map(([term, value]) => (
          <div key={term} className="fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
