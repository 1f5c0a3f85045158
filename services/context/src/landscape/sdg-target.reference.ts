import { SdgTargetReference } from './sdg-target-reference.type.js';

export const sdgTargetReference = {
  SdgTarget: {
    __resolveReference: (reference: { code: string }) => Object.assign(new SdgTargetReference(), { code: reference.code }),
  },
};
