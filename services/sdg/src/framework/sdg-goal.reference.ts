import { getSdgGoal } from '@msp-atlas/sdg-framework';

export const sdgGoalReference = {
  SdgGoal: {
    // A copy: the framework's records are frozen, and federation tags the returned
    // entity with its __typename.
    __resolveReference: (reference: { code: string }) => {
      const goal = getSdgGoal(reference.code);
      return goal ? { ...goal } : null;
    },
  },
};
