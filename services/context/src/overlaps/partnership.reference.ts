import { partnershipReferenceOf } from './overlap.mapper.js';

/** Any partnership id resolves: one the index does not hold yet simply has no overlaps. */
export const partnershipReference = {
  Partnership: {
    __resolveReference: (reference: { id: string }) => partnershipReferenceOf(reference.id),
  },
};
