import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const facts: [string, ReactNode][] = [
    [t('fields.phase'), PHASE_LABELS[partnership.phase]],
    [t('fields.status'), STATUS_LABELS[partnership.status]],
    [t('fields.scope'), SCOPE_LABELS[partnership.scope]],
    [t('fields.countries'), listOrDash(partnership.countries.map(countryName))],
    [t('fields.regions'), listOrDash(partnership.regions.map(regionName))],
    [t('fields.sectors'), listOrDash(partnership.sectors.map((code) => `${sectorName(code)} (${code})`))],
    [t('fields.startDate'), formatDate(partnership.startDate) || '—'],
    [t('fields.endDate'), formatDate(partnership.endDate) || '—'],
    [
      t('fields.website'),
      partnership.website ? (
        // biome-ignore lint/correctness/useJsxKeyInIterable: a value of a [term, value] pair, shown once in its dd, not an item of a rendered list
        <a href={partnership.website} rel="noopener noreferrer" target="_blank">
          {partnership.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
          <span className="visually-hidden"> {t('detail.opensInANew')}</span>
        </a>
      ) : (
        '—'
      ),
    ],
    [t('detail.membersOnAtlas'), String(partnership.memberCount)],
    [t('detail.registered'), formatDate(partnership.createdAt)],
    [t('detail.lastUpdated'), t('detail.dateAndVersion', { date: formatDate(partnership.updatedAt), version: partnership.version })],
  ];
  return (
    <div className="facts">
      <h2 className="visually-hidden">{t('detail.keyFacts')}</h2>
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
