import type { PartnershipsContext } from '../graphql/context.js';
import type { Partnership } from './partnership.type.js';
import { toPartnership } from './partnership.mapper.js';

/** The fields other subgraphs resolve that a representation may carry for a `@requires` (Partnership.health). */
type Representation = { id: string } & Pick<Partnership, 'sdgHealthSignal' | 'overlapHealthSignal' | 'learningHealthSignal'>;

export const partnershipReference = {
  Partnership: {
    __resolveReference: async (reference: Representation, { loaders }: PartnershipsContext) => {
      const row = await loaders.partnership.load(reference.id);
      if (!row) return null;
      const { sdgHealthSignal, overlapHealthSignal, learningHealthSignal } = reference;
      return Object.assign(toPartnership(row), { sdgHealthSignal, overlapHealthSignal, learningHealthSignal });
    },
  },
};
