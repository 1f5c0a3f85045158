import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { LESSON_MODERATION_QUEUE_QUERY } from '../../api/lesson-moderation-queue-query';
import { graphqlProblems } from '../../api/graphql-problems';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { SignInPrompt } from '../../components/SignInPrompt';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { LESSON_KIND_LABELS } from '../../labels/lesson-kind-labels';
import { countryName } from '../../reference/country-options';
import { useSession } from '../../session/session-context';
import '../../styles/lessons.css';

/** Submitted lessons the viewer moderates: curators those of their countries, learning moderators those without one. */
export function ModerationQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('lessons.queue.title'));
  const { account } = useSession();
  return (
    <div className="page page-narrow">
      <PageHeading>{t('lessons.queue.title')}</PageHeading>
      <p className="lead">{t('lessons.queue.lead')}</p>
      {account ? <Queue /> : <SignInPrompt what={t('lessons.queue.signInTo')} />}
    </div>
  );
}

const QUEUE_CONTEXT = { additionalTypenames: ['Lesson'], requestPolicy: 'cache-and-network' as const };

function Queue() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: LESSON_MODERATION_QUEUE_QUERY, variables: { after: null }, context: QUEUE_CONTEXT });
  const queue = data?.lessonModerationQueue;
  return (
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading">{queue ? t('lessons.queue.count', { count: queue.totalCount }) : t('lessons.queue.waiting')}</h2>
      {fetching && !data && <LoadingIndicator label={t('lessons.queue.loading')} />}
      <FormProblems title={t('lessons.queue.failed')} problems={graphqlProblems(error)} fields={[]} />
      {queue && queue.edges.length === 0 && <p className="empty-state">{t('lessons.queue.empty')}</p>}
      {queue && queue.edges.length > 0 && (
        <ul className="item-list" data-testid="moderation-queue">
          {queue.edges.map(({ node }) => (
            <li key={node.id} className="item-row">
              <Link to="/lessons/$id" params={{ id: node.id }}>
                {node.title}
              </Link>
              <span className="muted">
                {' '}
                {LESSON_KIND_LABELS[node.kind]} · {node.countries.length > 0 ? node.countries.map(countryName).join(', ') : t('lessons.queue.noCountry')}
                {node.author?.name ? ` · ${node.author.name}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
