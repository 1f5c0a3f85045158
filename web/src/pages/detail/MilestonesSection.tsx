import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { formatDate } from '../../format/format-date';
import { MILESTONE_STATUS_LABELS } from '../../labels/milestone-status-labels';
import { ScrollRegion } from '../../components/ScrollRegion';
import { DetailSection } from './DetailSection';
import type { MilestoneRowFragment } from './milestones-section-fragment';

type Milestone = ResultOf<typeof MilestoneRowFragment>;

export function MilestonesSection({ milestones }: { milestones: Milestone[] }) {
  const { t } = useTranslation();
  return (
    <DetailSection id="milestones" title={t('detail.milestones')} isEmpty={milestones.length === 0} emptyText={t('detail.noMilestonesRecorded')}>
      <ScrollRegion label={t('detail.milestonesTable')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('detail.milestones')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('detail.milestone')}</th>
              <th scope="col">{t('detail.due')}</th>
              <th scope="col">{t('detail.status')}</th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((milestone) => (
              <tr key={milestone.id}>
                <th scope="row">{milestone.title}</th>
                <td>{milestone.dueOn ? <time dateTime={milestone.dueOn}>{formatDate(milestone.dueOn)}</time> : '—'}</td>
                <td>
                  <span className={`tag tag-milestone-${milestone.status.toLowerCase()}`}>{MILESTONE_STATUS_LABELS[milestone.status]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </DetailSection>
  );
}
