import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { graphqlProblems } from '../../api/graphql-problems';
import { SDG_GOALS_QUERY } from '../../api/sdg-goals-query';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { readableTextColor } from '../../format/readable-text-color';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSdgLanguage } from './sdg-language';
import './sdg.css';

/** The 17 goals in their colours; each leads to its targets, indicators and the partnerships working on them. */
export function SdgExplorerPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sdgPages.explorer.title'));
  const lang = useSdgLanguage();
  const [{ data, fetching, error }] = useQuery({ query: SDG_GOALS_QUERY, variables: { lang } });
  return (
    <div className="page">
      <PageHeading>{t('sdgPages.explorer.title')}</PageHeading>
      <p className="lead">{t('sdgPages.explorer.lead')}</p>
      <p>
        <Link to="/sdg/coverage">{t('sdgPages.explorer.toCoverage')}</Link>
      </p>
      {fetching && !data && <LoadingIndicator label={t('sdgPages.loading')} />}
      <FormProblems title={t('sdgPages.couldNotLoad')} problems={graphqlProblems(error)} fields={[]} />
      {data?.sdgGoals && (
        <ul className="sdg-goal-grid" data-testid="sdg-goals">
          {data.sdgGoals.map((goal) => (
            <li key={goal.code}>
              <Link
                to="/sdg/goals/$code"
                params={{ code: goal.code }}
                className="sdg-goal-tile"
                style={{ backgroundColor: goal.color, color: readableTextColor(goal.color) }}
              >
                <span className="sdg-goal-number">{goal.number}</span>
                <span className="sdg-goal-name">{goal.shortTitle}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
