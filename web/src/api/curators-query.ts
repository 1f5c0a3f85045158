import type { CuratorAccount } from './account-types';

/** Everyone who curates a country; administrators see their e-mail addresses. */
export const CURATORS_QUERY = /* GraphQL */ `
  query Curators {
    curators { id name email curatorCountries }
  }
`;

export interface CuratorsData {
  curators: CuratorAccount[];
}
