import { graphql, type ResultOf } from '../../graphql/graphql';

export const OrganizationMatchFragment = graphql(`
  fragment OrganizationMatch on Organization { id name type country }
`);

/** A registered organisation a stakeholder can be linked to. */
export type OrganizationSummary = ResultOf<typeof OrganizationMatchFragment>;
