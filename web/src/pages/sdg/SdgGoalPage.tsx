import { useTranslation } from 'react-i18next';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { graphqlProblems } from '../../api/graphql-problems';
import { SDG_GOAL_QUERY } from '../../api/sdg-goal-query';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { readableTextColor } from '../../format/readable-text-color';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSdgLanguage } from './sdg-language';
import { TargetPartnershipList } from './TargetPartnershipList';
import './sdg.css';

const route = getRouteApi('/sdg/goals/$code');

/** One goal: its targets in the chosen language, their indicators, and who works on each target where. */
export function SdgGoalPage() {
  const { t } = useTranslation();
  const { code } = route.useParams();
  const lang = useSdgLanguage();
  const [{ data, fetching, error }] = useQuery({ query: SDG_GOAL_QUERY, variables: { code, lang } });
  const goal = data?.sdgGoal;
  useDocumentTitle(goal ? t('sdg.goalWithTitle', { number: goal.number, title: goal.shortTitle }) : t('sdgPages.explorer.title'));
  return (
    <div className="page">
      <nav aria-label={t('sdgPages.breadcrumb')} className="breadcrumb">
        <Link to="/sdg">{t('sdgPages.explorer.title')}</Link>
      </nav>
      {fetching && !data && <LoadingIndicator label={t('sdgPages.loading')} />}
      <FormProblems title={t('sdgPages.couldNotLoad')} problems={graphqlProblems(error)} fields={[]} />
      {data && !goal && <p>{t('sdgPages.goal.unknown')}</p>}
      {goal && (
        <>
          <div className="sdg-goal-banner" style={{ backgroundColor: goal.color, color: readableTextColor(goal.color) }}>
            <PageHeading>{t('sdg.goalWithTitle', { number: goal.number, title: goal.shortTitle })}</PageHeading>
            <p>{goal.title}</p>
          </div>
          <ol className="sdg-target-list" data-testid="sdg-targets">
            {goal.targets.map((target) => (
              <li key={target.code} className="sdg-target-item" data-target={target.code}>
                <h2 className="sdg-target-heading">
                  <span className="target-code">{target.code}</span> {target.title}
                </h2>
                <p>
                  <Link to="/sdg/targets/$code" params={{ code: target.code }}>
                    {t('sdgPages.target.open', { code: target.code })}
                  </Link>
                </p>
                <h3>{t('sdgPages.goal.indicators')}</h3>
                <ul className="sdg-indicator-list">
                  {target.indicators.map((indicator) => (
                    <li key={indicator.code}>
                      <span className="target-code">{indicator.code}</span> <span lang="en">{indicator.title}</span>
                    </li>
                  ))}
                </ul>
                <h3>{t('sdgPages.goal.whoWorksOnIt', { count: target.partnerships.totalCount })}</h3>
                <TargetPartnershipList partnerships={target.partnerships} testId={`partnerships-${target.code}`} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
