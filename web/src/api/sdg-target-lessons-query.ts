import { graphql } from '../graphql/graphql';

/** Published lessons tagged with one SDG target. */
export const SDG_TARGET_LESSONS_QUERY = graphql(`
  query SdgTargetLessons($code: String!) {
    sdgTarget(code: $code) {
      code
      lessons(first: 5) { totalCount edges { node { id title kind language } } }
    }
  }
`);
