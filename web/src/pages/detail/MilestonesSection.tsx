import type { ResultOf } from '../../graphql/graphql';
import { formatDate } from '../../format/format-date';
import { MILESTONE_STATUS_LABELS } from '../../labels/milestone-status-labels';
import { ScrollRegion } from '../../components/ScrollRegion';
import { DetailSection } from './DetailSection';
import type { MilestoneRowFragment } from './milestones-section-fragment';

type Milestone = ResultOf<typeof MilestoneRowFragment>;

export function MilestonesSection({ milestones }: { milestones: Milestone[] }) {
  return (
    <DetailSection id="milestones" title="Milestones" isEmpty={milestones.length === 0} emptyText="No milestones recorded.">
      <ScrollRegion label="Milestones table">
        <table className="data-table">
          <caption className="visually-hidden">Milestones</caption>
          <thead>
            <tr>
              <th scope="col">Milestone</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
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
