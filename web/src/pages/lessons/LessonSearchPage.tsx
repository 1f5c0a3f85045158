import { useTranslation } from 'react-i18next';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { LESSON_SEARCH_QUERY } from '../../api/lesson-search-query';
import { graphqlProblems } from '../../api/graphql-problems';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { LessonFacetsPanel } from './LessonFacetsPanel';
import { LessonResultItem } from './LessonResultItem';
import { lessonFilterOf, toggled, type LessonSearch, type LessonSearchList } from './lesson-search';
import '../../styles/lessons.css';

const searchRoute = getRouteApi('/lessons');

/** The learning library: full-text search with facets, everything in the URL so a search can be shared. */
export function LessonSearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('lessons.search.title'));
  const search = searchRoute.useSearch();
  const navigate = searchRoute.useNavigate();
  const [text, setText] = useState(search.q ?? '');
  useEffect(() => setText(search.q ?? ''), [search.q]);
  const change = (next: LessonSearch) => void navigate({ search: next });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change({ ...search, q: text.trim() || undefined });
  };
  const toggle = (key: LessonSearchList, code: string) => change(toggled(search, key, code));

  return (
    <div className="page">
      <div className="page-intro">
        <div>
          <PageHeading>{t('lessons.search.title')}</PageHeading>
          <p className="lead">{t('lessons.search.lead')}</p>
        </div>
        <p className="lesson-actions">
          <Link to="/lessons/new" className="button button-primary">
            {t('lessons.search.contribute')}
          </Link>
          <Link to="/lessons/moderation" className="button button-secondary">
            {t('lessons.search.moderation')}
          </Link>
        </p>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role search is the supported landmark; the search element is not yet in every browser we support */}
      <form role="search" className="lesson-search-form" onSubmit={submit} aria-label={t('lessons.search.formLabel')}>
        <label htmlFor="lesson-query">{t('lessons.search.queryLabel')}</label>
        <p className="field-hint" id="lesson-query-hint">
          {t('lessons.search.queryHint')}
        </p>
        <div className="search-row">
          <input id="lesson-query" type="search" value={text} onChange={(event) => setText(event.target.value)} aria-describedby="lesson-query-hint" />
          <button type="submit" className="button button-primary">
            {t('lessons.search.submit')}
          </button>
        </div>
      </form>
      <LessonResults search={search} onToggle={toggle} />
    </div>
  );
}

function LessonResults({ search, onToggle }: { search: LessonSearch; onToggle: (key: LessonSearchList, code: string) => void }) {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const variables = useMemo(() => ({ query: search.q ?? null, filter: lessonFilterOf(search), first: 20, after }), [search, after]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new search starts again at the first page: search is the trigger, not an input
  useEffect(() => setAfter(null), [search]);
  const [{ data, fetching, error }] = useQuery({ query: LESSON_SEARCH_QUERY, variables });
  const results = data?.lessons;
  return (
    <div className="list-layout">
      {data?.lessonFacets && <LessonFacetsPanel facets={data.lessonFacets} search={search} onToggle={onToggle} />}
      <section className="list-main" aria-labelledby="lesson-results-heading">
        <h2 id="lesson-results-heading">{results ? t('lessons.search.count', { count: results.totalCount }) : t('lessons.search.results')}</h2>
        {fetching && !data && <LoadingIndicator label={t('lessons.search.loading')} />}
        <FormProblems title={t('lessons.search.failed')} problems={graphqlProblems(error)} fields={[]} />
        {results && results.edges.length === 0 && <p className="empty-state">{t('lessons.search.none')}</p>}
        {results && results.edges.length > 0 && (
          <ol className="lesson-results" data-testid="lesson-results">
            {results.edges.map((edge) => (
              <LessonResultItem key={edge.node.id} hit={edge} />
            ))}
          </ol>
        )}
        <p className="pager">
          {after && (
            <button type="button" className="button button-secondary" onClick={() => setAfter(null)}>
              {t('lessons.search.firstPage')}
            </button>
          )}
          {results?.pageInfo.hasNextPage && (
            <button type="button" className="button button-secondary" onClick={() => setAfter(results.pageInfo.endCursor)}>
              {t('lessons.search.nextPage')}
            </button>
          )}
        </p>
      </section>
    </div>
  );
}
