import { graphql } from '../../graphql/graphql';

export const PhaseChangeFragment = graphql(`
  fragment PhaseChangeItem on PhaseChange { id fromPhase toPhase changedOn note }
`);
