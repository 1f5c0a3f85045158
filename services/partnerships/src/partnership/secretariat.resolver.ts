import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartnershipsContext } from '../graphql/context.js';
import { toOrganization } from '../organization/organization.mapper.js';
import { Organization } from '../organization/organization.type.js';
import { Secretariat } from './secretariat.type.js';

@Resolver(() => Secretariat)
export class SecretariatResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation hosting the secretariat' })
  async host(@Root() secretariat: Secretariat, @Ctx() { loaders }: PartnershipsContext) {
    if (!secretariat.hostId) return null;
    const row = await loaders.organization.load(secretariat.hostId);
    return row ? toOrganization(row) : null;
  }
}
