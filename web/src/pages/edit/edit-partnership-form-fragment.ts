import { graphql, type ResultOf } from '../../graphql/graphql';

/** The record as the form starts from it; contacts are null unless the viewer is a member. */
export const EditPartnershipFormFragment = graphql(`
  fragment EditPartnershipForm on Partnership {
    id slug version name summary description website status scope countries regions sectors sdgTargets
    startDate endDate objectives problemStatement continuationPlan lastEvaluatedOn
    contacts { name email phone role }
  }
`);

export type EditablePartnership = ResultOf<typeof EditPartnershipFormFragment>;
