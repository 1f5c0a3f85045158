import { getSdgTarget } from '@msp-atlas/sdg-framework';

export const sdgTargetReference = {
  SdgTarget: {
    // A copy: the framework's records are frozen, and federation tags the returned
    // entity with its __typename.
    __resolveReference: (reference: { code: string }) => {
      const target = getSdgTarget(reference.code);
      return target ? { ...target } : null;
    },
  },
};
