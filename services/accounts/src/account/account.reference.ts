import type { AccountsContext } from '../graphql/context.js';
import { toAccount } from './account.mapper.js';

export const accountReference = {
  Account: {
    __resolveReference: async (reference: { id: string }, context: AccountsContext) => {
      const row = await context.accountLoader.load(reference.id);
      return row ? toAccount(row, context.viewer) : null;
    },
  },
};
