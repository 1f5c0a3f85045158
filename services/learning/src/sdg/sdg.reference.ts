import { sdgGoalStub } from './sdg-goal.stub.js';
import { sdgTargetStub } from './sdg-target.stub.js';

export const sdgReferences = {
  SdgGoal: { __resolveReference: (reference: { code: string }) => sdgGoalStub(reference.code) },
  SdgTarget: { __resolveReference: (reference: { code: string }) => sdgTargetStub(reference.code) },
};
