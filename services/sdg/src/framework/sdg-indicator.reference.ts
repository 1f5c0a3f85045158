import { getSdgIndicator } from '@msp-atlas/sdg-framework';

export const sdgIndicatorReference = {
  SdgIndicator: {
    // A copy: the framework's records are frozen, and federation tags the returned
    // entity with its __typename.
    __resolveReference: (reference: { code: string }) => {
      const indicator = getSdgIndicator(reference.code);
      return indicator ? { ...indicator } : null;
    },
  },
};
