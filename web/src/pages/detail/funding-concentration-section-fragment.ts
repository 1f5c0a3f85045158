import { graphql } from '../../graphql/graphql';

export const FundingConcentrationFragment = graphql(`
  fragment FundingConcentrationItem on FundingConcentration {
    currency totalAmount funderCount largestFunderShare herfindahlIndex largestFunder { id name }
  }
`);
