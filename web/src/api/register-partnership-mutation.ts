import { graphql } from '../graphql/graphql';

export const REGISTER_PARTNERSHIP_MUTATION = graphql(`
  mutation RegisterPartnership($input: RegisterPartnershipInput!) {
    registerPartnership(input: $input) { partnership { id slug name } }
  }
`);
