import { graphql } from '../graphql/graphql';

/** The lesson search page: one page of ranked hits with snippets, and the facet counts of the same result set. */
export const LESSON_SEARCH_QUERY = graphql(`
  query LessonSearch($query: String, $filter: LessonFilter, $first: Int, $after: String) {
    lessons(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      edges { cursor titleHtml snippetHtml matchedText node { id title kind language phases successFactors countries isDemo } }
      pageInfo { hasNextPage endCursor }
    }
    lessonFacets(query: $query, filter: $filter) {
      totalCount
      phases { code count }
      successFactors { code count }
      sdgGoals { code count }
      kinds { code count }
      countries { code count }
      languages { code count }
    }
  }
`);
