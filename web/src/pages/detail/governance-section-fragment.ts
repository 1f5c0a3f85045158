import { graphql } from '../../graphql/graphql';

export const GovernanceSectionFragment = graphql(`
  fragment GovernanceSection on Governance {
    secretariat { staffCount host { id name } }
    mouSignedOn decisionMaking communicationChannels
  }
`);
