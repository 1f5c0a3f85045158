import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { toAccount } from '../account/account.mapper.js';
import { RolePayload } from '../account/role.payload.js';
import type { AccountsContext } from '../graphql/context.js';
import { AppointModeratorInput } from './appoint-moderator.input.js';
import { DismissModeratorInput } from './dismiss-moderator.input.js';
import { appoint, dismiss } from './moderator.service.js';

@Resolver()
export class ModeratorResolver {
  @Mutation(() => RolePayload, { description: 'Administrators only: the account moderates this part of the platform from now on' })
  async appointModerator(@Arg('input', () => AppointModeratorInput) input: AppointModeratorInput, @Ctx() { services, viewer }: AccountsContext) {
    return { account: toAccount(await appoint(services, viewer, input), viewer) };
  }

  @Mutation(() => RolePayload, { description: 'Administrators only: the account stops moderating this part of the platform' })
  async dismissModerator(@Arg('input', () => DismissModeratorInput) input: DismissModeratorInput, @Ctx() { services, viewer }: AccountsContext) {
    return { account: toAccount(await dismiss(services, viewer, input), viewer) };
  }
}
