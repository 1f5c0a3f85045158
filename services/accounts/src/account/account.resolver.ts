import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AccountsContext } from '../graphql/context.js';
import { toAccount } from './account.mapper.js';
import { Account } from './account.type.js';

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Account, { nullable: true, description: 'The signed-in account; null for an anonymous caller' })
  async viewer(@Ctx() { viewer, accountLoader }: AccountsContext): Promise<Account | null> {
    if (!viewer.accountId) return null;
    const row = await accountLoader.load(viewer.accountId);
    return row ? toAccount(row, viewer) : null;
  }

  @Query(() => Account, { nullable: true })
  async account(@Arg('id', () => ID) id: string, @Ctx() { viewer, accountLoader }: AccountsContext): Promise<Account | null> {
    const row = await accountLoader.load(id);
    return row ? toAccount(row, viewer) : null;
  }
}
