import { useTranslation } from 'react-i18next';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { graphqlProblems } from '../../api/graphql-problems';
import { SDG_TARGET_QUERY } from '../../api/sdg-target-query';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { readableTextColor } from '../../format/readable-text-color';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { SdgTargetLessonsSection } from '../lessons/SdgTargetLessonsSection';
import { useSdgLanguage } from './sdg-language';
import { TargetPartnershipList } from './TargetPartnershipList';
import './sdg.css';

const route = getRouteApi('/sdg/targets/$code');

/** One target: its text in the chosen language, its indicators, who works on it where, and the lessons on it. */
export function SdgTargetPage() {
  const { t } = useTranslation();
  const { code } = route.useParams();
  const lang = useSdgLanguage();
  const [{ data, fetching, error }] = useQuery({ query: SDG_TARGET_QUERY, variables: { code, lang } });
  const target = data?.sdgTarget;
  useDocumentTitle(t('sdgPages.target.title', { code }));
  return (
    <div className="page">
      <nav aria-label={t('sdgPages.breadcrumb')} className="breadcrumb">
        <Link to="/sdg">{t('sdgPages.explorer.title')}</Link>
        {target && (
          <>
            {' › '}
            <Link to="/sdg/goals/$code" params={{ code: target.goal.code }}>
              {t('sdg.goalWithTitle', { number: target.goal.number, title: target.goal.shortTitle })}
            </Link>
          </>
        )}
      </nav>
      {fetching && !data && <LoadingIndicator label={t('sdgPages.loading')} />}
      <FormProblems title={t('sdgPages.couldNotLoad')} problems={graphqlProblems(error)} fields={[]} />
      {data && !target && <p>{t('sdgPages.target.unknown')}</p>}
      {target && (
        <>
          <div className="sdg-goal-banner" style={{ backgroundColor: target.goal.color, color: readableTextColor(target.goal.color) }}>
            <PageHeading>{t('sdgPages.target.title', { code: target.code })}</PageHeading>
            <p>{target.title}</p>
          </div>
          <section className="detail-section" aria-labelledby="target-indicators">
            <h2 id="target-indicators">{t('sdgPages.goal.indicators')}</h2>
            <ul className="sdg-indicator-list">
              {target.indicators.map((indicator) => (
                <li key={indicator.code}>
                  <span className="target-code">{indicator.code}</span> <span lang="en">{indicator.title}</span>
                </li>
              ))}
            </ul>
          </section>
          <section className="detail-section" aria-labelledby="target-partnerships">
            <h2 id="target-partnerships">{t('sdgPages.goal.whoWorksOnIt', { count: target.partnerships.totalCount })}</h2>
            <TargetPartnershipList partnerships={target.partnerships} testId="target-partnerships" />
          </section>
          <SdgTargetLessonsSection targetCode={target.code} />
        </>
      )}
    </div>
  );
}
