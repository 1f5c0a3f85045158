import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { graphqlProblems } from '../../api/graphql-problems';
import { PARTNERSHIP_HEALTH_QUERY } from '../../api/partnership-health-query';
import type { Phase } from '../../api/schema-types';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { formatDate } from '../../format/format-date';
import { useSession } from '../../session/session-context';
import { DetailSection } from '../detail/DetailSection';
import { GapReport } from './GapReport';
import { HealthAreaGrid } from './HealthAreaGrid';
import { ReadinessSummary } from './ReadinessSummary';
import './health.css';

/** The health check on a partnership's page: areas and factors at a glance, readiness, and the gap report. */
export function HealthSection({ partnershipId, phase }: { partnershipId: string; phase: Phase }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const [{ data, fetching, error }, reload] = useQuery({ query: PARTNERSHIP_HEALTH_QUERY, variables: { id: partnershipId } });
  // What is expected follows the phase: ask again when it changes on this page (not on the first showing).
  const shownPhase = useRef(phase);
  useEffect(() => {
    if (shownPhase.current === phase) return;
    shownPhase.current = phase;
    reload({ requestPolicy: 'network-only' });
  }, [phase, reload]);
  const partnership = data?.partnership;
  const health = partnership?.health;
  return (
    <DetailSection id="health" title={t('health.section.title')}>
      <div data-testid="partnership-health">
        {fetching && !data && <LoadingIndicator label={t('health.section.loading')} />}
        <FormProblems title={t('health.section.couldNotLoad')} problems={graphqlProblems(error)} fields={[]} />
        {partnership && health && (
          <>
            <p className="section-note">
              {t('health.section.note', { date: formatDate(health.evaluatedOn) })}{' '}
              <Link to="/partnerships/$slug/self-assessment" params={{ slug: partnership.slug }}>
                {partnership.viewerIsMember || account?.isAdmin ? t('health.section.assess') : t('health.section.seeAssessments')}
              </Link>
            </p>
            <ReadinessSummary readiness={health.readiness} next={health.nextPhaseReadiness} />
            <HealthAreaGrid health={health} />
            <GapReport gaps={health.gaps} />
          </>
        )}
      </div>
    </DetailSection>
  );
}
