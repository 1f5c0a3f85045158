import type { CuratorAccount } from './account-types';

export const APPOINT_CURATOR_MUTATION = /* GraphQL */ `
  mutation AppointCurator($input: AppointCuratorInput!) {
    appointCurator(input: $input) { account { id name email curatorCountries } }
  }
`;

export interface AppointCuratorVariables {
  input: { email: string; countries: string[] };
}

export interface AppointCuratorData {
  appointCurator: { account: CuratorAccount };
}
