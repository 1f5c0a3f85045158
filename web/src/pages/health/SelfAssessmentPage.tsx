import { useTranslation } from 'react-i18next';
import { useMemo, useRef } from 'react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { SELF_ASSESSMENT_PAGE_QUERY } from '../../api/self-assessment-page-query';
import type { HealthStatus, SuccessFactor } from '../../api/schema-types';
import { PageHeading } from '../../components/PageHeading';
import { SignInPrompt } from '../../components/SignInPrompt';
import type { ResultOf } from '../../graphql/graphql';
import { useSession } from '../../session/session-context';
import { PartnershipBySlug } from '../detail/PartnershipBySlug';
import { GapReport } from './GapReport';
import { SelfAssessmentForm } from './SelfAssessmentForm';
import type { SelfAssessmentPageFragment } from './self-assessment-page-fragment';
import { SelfAssessmentTrendChart } from './SelfAssessmentTrendChart';
import { areaTrend } from './trend-series';
import './health.css';

const route = getRouteApi('/partnerships/$slug/self-assessment');

export function SelfAssessmentPage() {
  const { slug } = route.useParams();
  const { t } = useTranslation();
  return (
    <PartnershipBySlug
      query={SELF_ASSESSMENT_PAGE_QUERY}
      slug={slug}
      requestPolicy="cache-and-network"
      title={(name) => t('health.selfAssessment.documentTitle', { name })}
    >
      {(partnership, reload) => <SelfAssessmentView partnership={partnership} reload={reload} />}
    </PartnershipBySlug>
  );
}

type PagePartnership = ResultOf<typeof SelfAssessmentPageFragment>;

/** The form for members, then (and for everyone who may read the record) the gap report and the trend. */
function SelfAssessmentView({ partnership, reload }: { partnership: PagePartnership; reload: () => void }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const showSubmitted = () => {
    reload();
    // The results are below the long form: take the reader there.
    window.requestAnimationFrame(() => resultsHeading.current?.focus());
  };
  const mayAssess = partnership.viewerIsMember || Boolean(account?.isAdmin);
  const dataStatuses = useMemo(
    () => new Map<SuccessFactor, HealthStatus>(partnership.health.factors.map((factor) => [factor.factor, factor.status])),
    [partnership],
  );
  const trend = useMemo(() => areaTrend(partnership.selfAssessments.edges.map((edge) => edge.node)), [partnership]);
  return (
    <article className="page health-page">
      <nav aria-label={t('detail.breadcrumb')} className="breadcrumb">
        <Link to="/partnerships/$slug" params={{ slug: partnership.slug }}>
          {partnership.name}
        </Link>
      </nav>
      <PageHeading>{t('health.selfAssessment.title')}</PageHeading>
      <p className="lead">{t('health.selfAssessment.lead', { name: partnership.name })}</p>
      {mayAssess ? (
        <SelfAssessmentForm partnershipId={partnership.id} dataStatuses={dataStatuses} onSubmitted={showSubmitted} />
      ) : account ? (
        <div className="notice notice-info" role="note" data-testid="membership-needed">
          <p className="notice-title">{t('health.selfAssessment.membersOnly')}</p>
          <p>{t('health.selfAssessment.membersOnlyHow')}</p>
        </div>
      ) : (
        <SignInPrompt what={t('health.selfAssessment.signInWhat')} />
      )}
      <section className="detail-section" aria-labelledby="self-assessment-results-heading" data-testid="self-assessment-results">
        <h2 id="self-assessment-results-heading" ref={resultsHeading} tabIndex={-1}>
          {t('health.selfAssessment.results')}
        </h2>
        <GapReport gaps={partnership.health.gaps} />
        <h3>{t('health.trend.heading')}</h3>
        {trend.dates.length === 0 ? (
          <p className="muted" data-testid="health-trend-empty">
            {t('health.trend.none')}
          </p>
        ) : (
          <SelfAssessmentTrendChart trend={trend} />
        )}
        <p className="muted">{t('health.selfAssessment.count', { count: partnership.selfAssessments.totalCount })}</p>
      </section>
    </article>
  );
}
