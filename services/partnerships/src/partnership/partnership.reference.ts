import type { PartnershipsContext } from '../graphql/context.js';
import { toPartnership } from './partnership.mapper.js';

export const partnershipReference = {
  Partnership: {
    __resolveReference: async (reference: { id: string }, { loaders }: PartnershipsContext) => {
      const row = await loaders.partnership.load(reference.id);
      return row ? toPartnership(row) : null;
    },
  },
};
