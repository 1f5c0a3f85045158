import { graphql } from '../../graphql/graphql';

/** A factor where the members' own view and the data disagree. */
export const HealthGapFragment = graphql(`
  fragment HealthGapItem on HealthGap { factor kind selfScore dataScore text }
`);
