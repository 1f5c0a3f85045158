import { graphql } from '../../graphql/graphql';

export const ProgressReportFragment = graphql(`
  fragment ProgressReportItem on ProgressReport {
    id periodStart periodEnd reportedOn summary indicatorValues { indicatorId value }
  }
`);
