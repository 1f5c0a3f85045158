import 'reflect-metadata';
import { buildFederatedSchema } from '@msp-atlas/federation';
import { accountReference } from './account/account.reference.js';
import { AccountResolver } from './account/account.resolver.js';
import { CuratorResolver } from './curators/curator.resolver.js';
import { ModeratorResolver } from './moderators/moderator.resolver.js';
import { SignInResolver } from './sign-in/sign-in.resolver.js';

/** The `accounts` subgraph: sign-up, sign-in and roles (admins, curators, moderators). */
export function buildAccountsSchema() {
  return buildFederatedSchema({ resolvers: [AccountResolver, SignInResolver, CuratorResolver, ModeratorResolver], validate: false }, { ...accountReference });
}
