import type { PartnershipsContext } from '../graphql/context.js';
import { toOrganization } from './organization.mapper.js';

export const organizationReference = {
  Organization: {
    __resolveReference: async (reference: { id: string }, { loaders }: PartnershipsContext) => {
      const row = await loaders.organization.load(reference.id);
      return row ? toOrganization(row) : null;
    },
  },
};
