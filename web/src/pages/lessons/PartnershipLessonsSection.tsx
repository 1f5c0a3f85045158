import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { PARTNERSHIP_LESSONS_QUERY } from '../../api/partnership-lessons-query';
import type { Phase } from '../../api/schema-types';
import { PHASE_LABELS } from '../../labels/phase-labels';
import { SUCCESS_FACTOR_LABELS } from '../../labels/success-factor-labels';
import { countryName } from '../../reference/country-options';
import { sectorName } from '../../reference/sector-options';
import { LessonLinkList } from './LessonLinkList';

interface Reason {
  kind: 'PHASE' | 'SDG_TARGET' | 'SDG_GOAL' | 'COUNTRY' | 'SECTOR';
  code: string;
}

/** A partnership's own lessons and those recommended for where it stands, each saying why. */
export function PartnershipLessonsSection({ partnershipId, phase }: { partnershipId: string; phase: Phase }) {
  const { t } = useTranslation();
  const [{ data }, reload] = useQuery({ query: PARTNERSHIP_LESSONS_QUERY, variables: { id: partnershipId } });
  // Recommendations follow the phase: ask again when it changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the phase is the trigger: a change of phase asks for the recommendations again
  useEffect(() => reload({ requestPolicy: 'network-only' }), [phase, reload]);
  const partnership = data?.partnership;
  if (!partnership) return null;
  const reasonText = (reason: Reason) => {
    switch (reason.kind) {
      case 'PHASE':
        return t('lessons.reasons.phase', { phase: PHASE_LABELS[reason.code as Phase] ?? reason.code });
      case 'SDG_TARGET':
        return t('lessons.reasons.target', { code: reason.code });
      case 'SDG_GOAL':
        return t('lessons.reasons.goal', { code: reason.code });
      case 'COUNTRY':
        return t('lessons.reasons.country', { country: countryName(reason.code) });
      default:
        return t('lessons.reasons.sector', { sector: sectorName(reason.code) });
    }
  };
  return (
    <section className="detail-section" aria-labelledby="partnership-lessons-heading" data-testid="partnership-lessons">
      <h2 id="partnership-lessons-heading">{t('lessons.partnership.heading')}</h2>
      {partnership.lessons.totalCount > 0 ? (
        <LessonLinkList lessons={partnership.lessons.edges.map((edge) => edge.node)} testId="own-lessons" />
      ) : (
        <p className="muted">{t('lessons.partnership.noneOwn')}</p>
      )}
      <p>
        <Link to="/lessons/new" search={{ partnership: partnershipId }}>
          {t('lessons.partnership.contribute')}
        </Link>
      </p>
      <h3>{t('lessons.partnership.recommended')}</h3>
      {partnership.recommendedLessons.length === 0 && <p className="muted">{t('lessons.partnership.noneRecommended')}</p>}
      <ul className="plain-list lesson-links" data-testid="recommended-lessons">
        {partnership.recommendedLessons.map(({ lesson, reasons, addresses }) => {
          // A weak factor the lesson is tagged with is said once, as what it addresses.
          const shared = reasons.filter((reason) => reason.kind !== 'SUCCESS_FACTOR').map((reason) => reasonText(reason as Reason));
          return (
            <li key={lesson.id}>
              <Link to="/lessons/$id" params={{ id: lesson.id }} lang={lesson.language}>
                {lesson.title}
              </Link>
              {shared.length > 0 && <span className="muted"> — {shared.join(', ')}</span>}
              {addresses.length > 0 && (
                <span className="lesson-addresses" data-testid="lesson-addresses">
                  {' '}
                  · {t('health.lessonAddresses', { factors: addresses.map((factor) => SUCCESS_FACTOR_LABELS[factor]).join(', ') })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
