import { useTranslation } from 'react-i18next';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { LESSON_QUERY } from '../../api/lesson-query';
import { graphqlProblems } from '../../api/graphql-problems';
import { DemoTag } from '../../components/DemoTag';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { LESSON_KIND_LABELS } from '../../labels/lesson-kind-labels';
import { LESSON_LANGUAGE_LABELS, type LessonLanguage } from '../../labels/lesson-language-labels';
import { LESSON_STATUS_LABELS } from '../../labels/lesson-status-labels';
import { LessonModerationActions } from './LessonModerationActions';
import { LessonTagList } from './LessonTagList';
import { MarkdownView } from './MarkdownView';
import '../../styles/lessons.css';

const lessonRoute = getRouteApi('/lessons/$id');

/** One lesson: its Markdown rendered inert, its tags, and, for its author and moderators, where it stands. */
export function LessonPage() {
  const { t } = useTranslation();
  const { id } = lessonRoute.useParams();
  const [{ data, fetching, error }, reload] = useQuery({ query: LESSON_QUERY, variables: { id } });
  const lesson = data?.lesson;
  useDocumentTitle(lesson?.title ?? t('lessons.page.title'));
  if (fetching && !data) return <LoadingIndicator label={t('lessons.page.loading')} />;
  if (!lesson) {
    return (
      <div className="page page-narrow">
        <PageHeading>{t('lessons.page.notFound')}</PageHeading>
        <FormProblems title={t('lessons.page.failed')} problems={graphqlProblems(error)} fields={[]} />
        <p>
          <Link to="/lessons">{t('lessons.page.back')}</Link>
        </p>
      </div>
    );
  }
  const refresh = () => reload({ requestPolicy: 'network-only' });
  return (
    <article className="page page-narrow lesson-page" lang={lesson.language}>
      <nav aria-label={t('lessons.page.breadcrumb')} className="breadcrumb">
        <Link to="/lessons">{t('lessons.page.back')}</Link>
      </nav>
      <header className="detail-header">
        <PageHeading>{lesson.title}</PageHeading>
        <p className="tag-row">
          <span className="tag">{LESSON_KIND_LABELS[lesson.kind]}</span>
          <span className="tag">{LESSON_LANGUAGE_LABELS[lesson.language as LessonLanguage] ?? lesson.language}</span>
          {lesson.status !== 'PUBLISHED' && (
            <span className="tag tag-status" data-testid="lesson-status">
              {LESSON_STATUS_LABELS[lesson.status]}
            </span>
          )}
          {lesson.isDemo && <DemoTag />}
        </p>
        <p className="muted">
          {t('lessons.page.by', { name: lesson.author?.name ?? lesson.authorName ?? t('lessons.page.unknownAuthor') })}
          {lesson.partnership && (
            <>
              {' · '}
              <Link to="/partnerships/$slug" params={{ slug: lesson.partnership.slug }}>
                {lesson.partnership.name}
              </Link>
            </>
          )}
        </p>
      </header>
      {(lesson.viewerIsAuthor || lesson.viewerCanModerate) && <LessonModerationActions lesson={lesson} onChanged={refresh} />}
      <MarkdownView source={lesson.body} />
      <section aria-labelledby="lesson-tags-heading" className="detail-section">
        <h2 id="lesson-tags-heading">{t('lessons.page.about')}</h2>
        <LessonTagList lesson={lesson} />
      </section>
    </article>
  );
}
