import { graphql } from '../../graphql/graphql';

export const PhaseReadinessFragment = graphql(`
  fragment PhaseReadinessItem on PhaseReadiness { phase expected met score ready blocking }
`);
