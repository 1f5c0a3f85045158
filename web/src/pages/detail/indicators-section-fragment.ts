import { graphql } from '../../graphql/graphql';

export const IndicatorRowFragment = graphql(`
  fragment IndicatorRow on Indicator { id name unit baseline target sdgIndicatorCode }
`);
