import { useTranslation } from 'react-i18next';
import { DemoTag } from '../../components/DemoTag';
import { PhaseTag } from '../../components/PhaseTag';
import { SdgGoalBadge } from '../../components/SdgGoalBadge';
import { StatusTag } from '../../components/StatusTag';
import type { ResultOf } from '../../graphql/graphql';
import { SCOPE_LABELS } from '../../labels/scope-labels';
import { countryName } from '../../reference/country-options';
import { regionName } from '../../reference/region-options';
import { Link } from '@tanstack/react-router';
import type { PartnershipRowFragment } from './partnership-row-fragment';

/** One partnership in the results; on narrow screens the row becomes a card. */
export function PartnershipRow({ partnership }: { partnership: ResultOf<typeof PartnershipRowFragment> }) {
  const { t } = useTranslation();
  const places = partnership.countries.length > 0 ? partnership.countries.map(countryName) : partnership.regions.map(regionName);
  return (
    <tr>
      <th scope="row" className="cell-name">
        <Link to="/partnerships/$slug" params={{ slug: partnership.slug }} className="partnership-link">
          {partnership.name}
        </Link>
        {partnership.isDemo && <DemoTag />}
        {partnership.summary && <p className="row-summary">{partnership.summary}</p>}
      </th>
      <td data-label={t('list.results.phase')}>
        <PhaseTag phase={partnership.phase} />
      </td>
      <td data-label={t('list.results.countries')}>
        {places.length > 0 ? places.join(', ') : '—'}
        <span className="scope-note">{SCOPE_LABELS[partnership.scope]}</span>
      </td>
      <td data-label={t('list.results.goals')}>
        <span className="badge-list">
          {partnership.sdgGoals.map((goal) => (
            <SdgGoalBadge key={goal} goalCode={goal} />
          ))}
        </span>
      </td>
      <td data-label={t('list.results.status')}>
        <StatusTag status={partnership.status} />
      </td>
    </tr>
  );
}
