import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { formatDate } from '../../format/format-date';
import { PHASE_LABELS } from '../../labels/phase-labels';
import type { PhaseChangeFragment } from './phase-history-timeline-fragment';

type PhaseChange = ResultOf<typeof PhaseChangeFragment>;

/** The first entry's note only repeats that the partnership was registered. */
function isRegistrationNote(change: PhaseChange): boolean {
  return change.fromPhase === null && change.note.trim().toLowerCase() === 'registered';
}

/** Every phase the partnership has been in, newest on top. */
export function PhaseHistoryTimeline({ history }: { history: PhaseChange[] }) {
  const { t } = useTranslation();
  const newestFirst = [...history].reverse();
  return (
    <ol className="timeline" aria-label={t('detail.phaseHistoryNewestFirst')} data-testid="phase-history">
      {newestFirst.map((change, index) => (
        <li key={change.id} className={index === 0 ? 'timeline-item timeline-current' : 'timeline-item'}>
          <span className="timeline-marker" aria-hidden="true" />
          <p className="timeline-title">
            {change.fromPhase
              ? `${PHASE_LABELS[change.fromPhase]} → ${PHASE_LABELS[change.toPhase]}`
              : t('detail.registeredIn', { phase: PHASE_LABELS[change.toPhase] })}
          </p>
          <p className="timeline-date">
            <time dateTime={change.changedOn}>{formatDate(change.changedOn)}</time>
          </p>
          {change.note && !isRegistrationNote(change) && <p className="timeline-note">{change.note}</p>}
        </li>
      ))}
    </ol>
  );
}
