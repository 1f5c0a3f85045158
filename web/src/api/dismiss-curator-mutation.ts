import type { CuratorAccount } from './account-types';

export const DISMISS_CURATOR_MUTATION = /* GraphQL */ `
  mutation DismissCurator($input: DismissCuratorInput!) {
    dismissCurator(input: $input) { account { id name email curatorCountries } }
  }
`;

export interface DismissCuratorVariables {
  input: { accountId: string; countries: string[] };
}

export interface DismissCuratorData {
  dismissCurator: { account: CuratorAccount };
}
