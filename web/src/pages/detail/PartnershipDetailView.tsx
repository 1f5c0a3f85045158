import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { DemoTag } from '../../components/DemoTag';
import { PageHeading } from '../../components/PageHeading';
import { PhaseTag } from '../../components/PhaseTag';
import { StatusTag } from '../../components/StatusTag';
import { Link } from '@tanstack/react-router';
import { AboutSection } from './AboutSection';
import { ChangeHistorySection } from './ChangeHistorySection';
import { ContactsSection } from './ContactsSection';
import { ContinuitySection } from './ContinuitySection';
import { ContributionsChartSection } from './contributions-chart/ContributionsChartSection';
import { FundingConcentrationSection } from './FundingConcentrationSection';
import { GovernanceSection } from './GovernanceSection';
import { IndicatorsSection } from './IndicatorsSection';
import { MembersSection } from './MembersSection';
import { MilestonesSection } from './MilestonesSection';
import { OverdueReportWarning } from './OverdueReportWarning';
import { PartnershipFacts } from './PartnershipFacts';
import { PhaseSection } from './PhaseSection';
import { ProgressReportsSection } from './ProgressReportsSection';
import { SdgTargetsSection } from './SdgTargetsSection';
import { SdgAlignmentSection } from '../sdg/SdgAlignmentSection';
import { SimilarInitiativesSection } from '../context/SimilarInitiativesSection';
import { StakeholdersSection } from './StakeholdersSection';
import { PartnershipLessonsSection } from '../lessons/PartnershipLessonsSection';
import { HealthSection } from '../health/HealthSection';
import type { ResultOf } from '../../graphql/graphql';
import type { PartnershipDetailViewFragment } from './partnership-detail-view-fragment';

type PartnershipDetail = ResultOf<typeof PartnershipDetailViewFragment>;

interface PartnershipDetailViewProps {
  partnership: PartnershipDetail;
  reload: () => void;
}

export function PartnershipDetailView({ partnership, reload }: PartnershipDetailViewProps) {
  const { t } = useTranslation();
  const namesById = useMemo(() => knownNames(partnership), [partnership]);
  return (
    <article className="page detail">
      <nav aria-label={t('detail.breadcrumb')} className="breadcrumb">
        <Link to="/">{t('detail.allPartnerships')}</Link>
      </nav>
      <header className="detail-header">
        <PageHeading>{partnership.name}</PageHeading>
        <p className="tag-row">
          <PhaseTag phase={partnership.phase} />
          <StatusTag status={partnership.status} />
          {partnership.isDemo && <DemoTag />}
        </p>
        {partnership.summary && <p className="lead">{partnership.summary}</p>}
        {partnership.viewerCanEdit && (
          <p className="detail-actions">
            <Link to="/partnerships/$slug/edit" params={{ slug: partnership.slug }} className="button button-secondary">
              {t('detail.editDetails')}
            </Link>
          </p>
        )}
      </header>
      {partnership.progressReportOverdue && <OverdueReportWarning />}
      <div className="detail-layout">
        <div className="detail-main">
          <AboutSection partnership={partnership} />
          <SdgTargetsSection targetCodes={partnership.sdgTargets} />
          <SdgAlignmentSection partnershipId={partnership.id} />
          <PhaseSection partnership={partnership} reload={reload} />
          <HealthSection partnershipId={partnership.id} phase={partnership.phase} />
          <StakeholdersSection stakeholders={partnership.stakeholders} />
          <FundingConcentrationSection concentrations={partnership.fundingConcentration} />
          <ContributionsChartSection stakeholders={partnership.stakeholders} />
          <GovernanceSection governance={partnership.governance} />
          <ContinuitySection partnership={partnership} />
          <MilestonesSection milestones={partnership.milestones} />
          <IndicatorsSection indicators={partnership.indicators} />
          <ProgressReportsSection reports={partnership.progressReports} indicators={partnership.indicators} />
          {partnership.contacts && <ContactsSection contacts={partnership.contacts} />}
          {partnership.members && <MembersSection partnership={partnership} members={partnership.members} />}
          <PartnershipLessonsSection partnershipId={partnership.id} phase={partnership.phase} />
          <SimilarInitiativesSection partnershipId={partnership.id} />
          <ChangeHistorySection partnershipId={partnership.id} namesById={namesById} />
        </div>
        <aside className="detail-aside" aria-label={t('detail.keyFacts')}>
          <PartnershipFacts partnership={partnership} />
        </aside>
      </div>
    </article>
  );
}

/** Names of the organisations and accounts the record mentions, by id, for the change history. */
function knownNames(partnership: PartnershipDetail): Map<string, string> {
  const names = new Map<string, string>();
  for (const { organization } of partnership.stakeholders) names.set(organization.id, organization.name);
  for (const { account } of partnership.members ?? []) names.set(account.id, account.name);
  return names;
}
