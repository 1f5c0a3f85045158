import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/format-date';
import type { ResultOf } from '../../graphql/graphql';
import { PHASE_LABELS } from '../../labels/phase-labels';
import { SUCCESS_FACTOR_LABELS } from '../../labels/success-factor-labels';
import type { FactorHealthFragment } from './factor-health-fragment';
import { HealthStatusTag } from './HealthStatusTag';
import { gapText, nextStepText } from './health-texts';

type FactorHealth = ResultOf<typeof FactorHealthFragment>;

/**
 * One factor, closed to its name, status and self-score; opened (a native disclosure,
 * so keyboard and screen readers know it) to what the data shows, the figures read,
 * the next step and the members' own view.
 */
export function FactorHealthItem({ factor }: { factor: FactorHealth }) {
  const { t } = useTranslation();
  return (
    <details className="health-factor" data-factor={factor.factor} data-status={factor.status}>
      <summary>
        <span className="health-factor-name">{SUCCESS_FACTOR_LABELS[factor.factor]}</span> <HealthStatusTag status={factor.status} />
        {factor.selfScore && <span className="health-self-score-short">{t('health.factor.selfScoreShort', { score: factor.selfScore.score })}</span>}
      </summary>
      <div className="health-factor-body">
        <p>{factor.summary}</p>
        {factor.status === 'NOT_YET_EXPECTED' && <p className="muted">{t('health.factor.expectedFrom', { phase: PHASE_LABELS[factor.expectedFrom] })}</p>}
        {factor.evidence.length > 0 && (
          <>
            <h4>{t('health.factor.evidence')}</h4>
            <ul className="health-evidence" data-testid="health-evidence">
              {factor.evidence.map((item) => (
                <li key={`${item.field} ${item.value}`}>
                  <code>{item.field}</code>: <strong>{item.value}</strong> — {item.text}
                </li>
              ))}
            </ul>
          </>
        )}
        {factor.nextStep && (
          <p className="health-next-step" data-testid="health-next-step" data-code={factor.nextStep.code}>
            <strong>{t('health.factor.nextStep')}</strong> {nextStepText(factor.nextStep)}
          </p>
        )}
        <p className="health-self-score">
          <strong>{t('health.factor.selfScore')}</strong>{' '}
          {factor.selfScore
            ? t('health.factor.selfScoreOn', { score: factor.selfScore.score, date: formatDate(factor.selfScore.assessedOn) })
            : t('health.factor.noSelfScore')}
          {factor.selfScore?.note && <span className="health-self-note"> “{factor.selfScore.note}”</span>}
        </p>
        {factor.gap && <p className="health-gap-note">{gapText(factor.gap)}</p>}
      </div>
    </details>
  );
}
