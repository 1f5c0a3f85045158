import { useTranslation } from 'react-i18next';
import { formatShare } from '../../format/format-share';
import type { ResultOf } from '../../graphql/graphql';
import { PHASE_LABELS } from '../../labels/phase-labels';
import { SUCCESS_FACTOR_LABELS } from '../../labels/success-factor-labels';
import type { PhaseReadinessFragment } from './phase-readiness-fragment';

type Readiness = ResultOf<typeof PhaseReadinessFragment>;

/** How far the partnership meets what its phase expects, and what moving on would ask, with the factors that stand in the way. */
export function ReadinessSummary({ readiness, next }: { readiness: Readiness; next: Readiness | null }) {
  const { t } = useTranslation();
  return (
    <div className="health-readiness" data-testid="health-readiness">
      <ReadinessLine readiness={readiness} heading={t('health.readiness.current', { phase: PHASE_LABELS[readiness.phase] })} />
      {next ? (
        <ReadinessLine readiness={next} heading={t('health.readiness.next', { phase: PHASE_LABELS[next.phase] })} />
      ) : (
        <p className="muted">{t('health.readiness.lastPhase')}</p>
      )}
    </div>
  );
}

function ReadinessLine({ readiness, heading }: { readiness: Readiness; heading: string }) {
  const { t } = useTranslation();
  return (
    <div className="health-readiness-line" data-phase={readiness.phase} data-ready={readiness.ready}>
      <h3>{heading}</h3>
      <p>
        <span className={`tag ${readiness.ready ? 'health-status-strong' : 'health-status-weak'}`}>
          {readiness.ready ? t('health.readiness.ready') : t('health.readiness.notReady')}
        </span>{' '}
        {t('health.readiness.met', { met: readiness.met, expected: readiness.expected, share: formatShare(readiness.score) })}
      </p>
      {readiness.blocking.length > 0 && (
        <p>
          {t('health.readiness.blocking')} {readiness.blocking.map((factor) => SUCCESS_FACTOR_LABELS[factor]).join(', ')}
        </p>
      )}
    </div>
  );
}
