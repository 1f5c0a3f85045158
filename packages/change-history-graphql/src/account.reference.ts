import { accountStub } from './account.stub.js';

/** Resolves an `Account` representation to the stub; fields a subgraph adds take it from there. */
export const accountReference = {
  Account: {
    __resolveReference: (reference: { id: string }) => accountStub(reference.id),
  },
};
