import type { ResultOf } from '../../graphql/graphql';
import { DetailSection } from './DetailSection';
import type { StakeholderCardFragment } from './stakeholder-card-fragment';
import { StakeholderCard } from './StakeholderCard';


type Stakeholder = ResultOf<typeof StakeholderCardFragment>;

export function StakeholdersSection({ stakeholders }: { stakeholders: Stakeholder[] }) {
  return (
    <DetailSection
      id="stakeholders"
      title={`Stakeholders (${stakeholders.length})`}
      isEmpty={stakeholders.length === 0}
      emptyText="No stakeholders recorded yet."
    >
      <ul className="stakeholder-list" data-testid="stakeholders">
        {stakeholders.map((stakeholder) => (
          <StakeholderCard key={stakeholder.id} stakeholder={stakeholder} />
        ))}
      </ul>
    </DetailSection>
  );
}
