import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { badUserInput } from '@msp-atlas/federation';
import { isCountryCode } from '@msp-atlas/reference-data';
import { toAccount } from '../account/account.mapper.js';
import { Account } from '../account/account.type.js';
import type { AccountsContext } from '../graphql/context.js';
import { AppointCuratorInput } from './appoint-curator.input.js';
import { CuratorPayload } from './curator.payload.js';
import { findCurators } from './curator.repository.js';
import { appoint, dismiss } from './curator.service.js';
import { DismissCuratorInput } from './dismiss-curator.input.js';

@Resolver()
export class CuratorResolver {
  @Query(() => [Account], { description: 'Who curates a country (national platform staff), or every curator' })
  async curators(@Arg('country', () => String, { nullable: true }) country: string | null, @Ctx() { services, viewer }: AccountsContext): Promise<Account[]> {
    if (country != null && !isCountryCode(country)) throw badUserInput(`"${country}" is not an ISO 3166-1 alpha-3 country code`, 'country');
    return (await findCurators(services.db, country ?? null)).map((row) => toAccount(row, viewer));
  }

  @Mutation(() => CuratorPayload, { description: 'Administrators only: the account curates these countries from now on' })
  async appointCurator(@Arg('input', () => AppointCuratorInput) input: AppointCuratorInput, @Ctx() { services, viewer }: AccountsContext) {
    return { account: toAccount(await appoint(services, viewer, input), viewer) };
  }

  @Mutation(() => CuratorPayload, { description: 'Administrators only: the account stops curating these countries' })
  async dismissCurator(@Arg('input', () => DismissCuratorInput) input: DismissCuratorInput, @Ctx() { services, viewer }: AccountsContext) {
    return { account: toAccount(await dismiss(services, viewer, input), viewer) };
  }
}
