import { graphql } from '../../graphql/graphql';

export const ChangePhaseFormFragment = graphql(`
  fragment ChangePhaseForm on Partnership { id version phase }
`);
