import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { PhaseTag } from '../../components/PhaseTag';
import { ChangePhaseForm } from './ChangePhaseForm';
import { DetailSection } from './DetailSection';
import { EditRightsNote } from './EditRightsNote';
import { PhaseHistoryTimeline } from './PhaseHistoryTimeline';
import type { PhaseSectionFragment } from './phase-section-fragment';

interface PhaseSectionProps {
  partnership: ResultOf<typeof PhaseSectionFragment>;
  reload: () => void;
}

export function PhaseSection({ partnership, reload }: PhaseSectionProps) {
  const { t } = useTranslation();
  return (
    <DetailSection id="phase" title={t('detail.lifeCyclePhase')}>
      <p className="current-phase" data-testid="current-phase">
        {t('detail.currentPhase')} <PhaseTag phase={partnership.phase} />
      </p>
      <div className="phase-columns">
        <div>
          <h3>{t('detail.history')}</h3>
          <PhaseHistoryTimeline history={partnership.phaseHistory} />
        </div>
        {partnership.viewerCanEdit ? <ChangePhaseForm partnership={partnership} reload={reload} /> : <EditRightsNote />}
      </div>
    </DetailSection>
  );
}
