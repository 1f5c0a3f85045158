import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { DetailSection } from './DetailSection';
import type { StakeholderCardFragment } from './stakeholder-card-fragment';
import { StakeholderCard } from './StakeholderCard';

type Stakeholder = ResultOf<typeof StakeholderCardFragment>;

export function StakeholdersSection({ stakeholders }: { stakeholders: Stakeholder[] }) {
  const { t } = useTranslation();
  return (
    <DetailSection
      id="stakeholders"
      title={t('detail.stakeholdersCount', { count: stakeholders.length })}
      isEmpty={stakeholders.length === 0}
      emptyText={t('detail.noStakeholdersRecordedYet')}
    >
      <ul className="stakeholder-list" data-testid="stakeholders">
        {stakeholders.map((stakeholder) => (
          <StakeholderCard key={stakeholder.id} stakeholder={stakeholder} />
        ))}
      </ul>
    </DetailSection>
  );
}
