import { graphql } from '../graphql/graphql';

/** The lessons section of a partnership's page: its own lessons and those recommended for where it stands. */
export const PARTNERSHIP_LESSONS_QUERY = graphql(`
  query PartnershipLessons($id: ID!) {
    partnership(id: $id) {
      id
      lessons(first: 10) { totalCount edges { node { id title kind language } } }
      recommendedLessons(first: 5) { score addresses reasons { kind code } lesson { id title kind language } }
    }
  }
`);
