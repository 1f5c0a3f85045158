import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import type { HealthOverviewGrouping, SuccessFactor } from '../../api/schema-types';
import { readableTextColor } from '../../format/readable-text-color';
import type { ResultOf } from '../../graphql/graphql';
import type { HEALTH_OVERVIEW_QUERY } from '../../api/health-overview-query';
import { SUCCESS_FACTOR_AREA_CODES, SUCCESS_FACTOR_AREA_LABELS } from '../../labels/success-factor-area-labels';
import { SUCCESS_FACTORS_BY_AREA } from '../../reference/success-factor-areas';
import { SUCCESS_FACTOR_LABELS } from '../../labels/success-factor-labels';
import { groupLabel } from './group-label';
import { COUNTED_STATUSES, overviewSearchOf, type HealthOverviewSearch } from './health-search';
import { weakShareColor } from './weak-share-color';

type Overview = NonNullable<ResultOf<typeof HEALTH_OVERVIEW_QUERY>['healthOverview']>;

interface HealthHeatmapProps {
  overview: Overview;
  groupBy: HealthOverviewGrouping;
  search: HealthOverviewSearch;
}

/**
 * Factors down, phases or countries across; each cell the number of partnerships with
 * that factor weak or missing, darker the larger their share of the column, and a link
 * to exactly those partnerships.
 */
export function HealthHeatmap({ overview, groupBy, search }: HealthHeatmapProps) {
  const { t } = useTranslation();
  const cells = new Map(overview.cells.map((cell) => [`${cell.factor} ${cell.group}`, cell]));
  const columnCount = overview.groups.length + 1;
  const carried = overviewSearchOf({ ...search, groupBy });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling frame takes the keyboard focus so that keyboard users can scroll it
    // biome-ignore lint/a11y/useSemanticElements: kept a div: a section would change the markup that the styles and the browser tests see
    <div className="health-heatmap-wrap" tabIndex={0} role="region" aria-label={t('health.overview.heatmap')}>
      <table className="health-heatmap" data-testid="health-heatmap" data-group-by={groupBy}>
        <caption>{t('health.overview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('health.overview.factor')}</th>
            {overview.groups.map((group) => (
              <th scope="col" key={group.key} data-group={group.key}>
                {groupLabel(groupBy, group.key)}
                <span className="health-heatmap-total">{t('health.overview.groupTotal', { count: group.partnerships })}</span>
              </th>
            ))}
          </tr>
        </thead>
        {SUCCESS_FACTOR_AREA_CODES.map((area) => (
          <tbody key={area}>
            <tr className="health-heatmap-area">
              <th scope="colgroup" colSpan={columnCount}>
                {SUCCESS_FACTOR_AREA_LABELS[area]}
              </th>
            </tr>
            {SUCCESS_FACTORS_BY_AREA[area].map((factor: SuccessFactor) => (
              <tr key={factor} data-factor={factor}>
                <th scope="row">{SUCCESS_FACTOR_LABELS[factor]}</th>
                {overview.groups.map((group) => {
                  const cell = cells.get(`${factor} ${group.key}`);
                  const count = cell ? cell.weak + cell.missing : 0;
                  const background = weakShareColor(group.partnerships > 0 ? count / group.partnerships : 0);
                  const description = t('health.overview.cellText', {
                    count,
                    total: group.partnerships,
                    factor: SUCCESS_FACTOR_LABELS[factor],
                    group: groupLabel(groupBy, group.key),
                  });
                  return (
                    <td key={group.key} data-group={group.key} data-count={count} style={{ backgroundColor: background, color: readableTextColor(background) }}>
                      {count > 0 ? (
                        <Link
                          to="/health/partnerships"
                          search={{ ...carried, factor, statuses: [...COUNTED_STATUSES], group: group.key }}
                          className="health-heatmap-link"
                        >
                          <CellText count={count} description={description} />
                        </Link>
                      ) : (
                        <CellText count={count} description={description} />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** The number for the eye, the sentence for screen readers (which the link is named by). */
function CellText({ count, description }: { count: number; description: string }) {
  return (
    <>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{description}</span>
    </>
  );
}
