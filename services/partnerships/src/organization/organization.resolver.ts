import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { viewerActor } from '@msp-atlas/access';
import { buildConnection, pageArguments, NULLABLE_WHY, textIdKey } from '@msp-atlas/federation';
import type { PartnershipsContext } from '../graphql/context.js';
import { NewOrganizationInput } from './new-organization.input.js';
import { OrganizationConnection } from './organization.connection.js';
import { toOrganization } from './organization.mapper.js';
import { organizationListQuery } from './organization.repository.js';
import { registerOrganization } from './organization.service.js';
import { Organization } from './organization.type.js';
import { RegisterOrganizationPayload } from './register-organization.payload.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true })
  async organization(@Arg('id', () => ID) id: string, @Ctx() { loaders }: PartnershipsContext) {
    const row = await loaders.organization.load(id);
    return row ? toOrganization(row) : null;
  }

  @Query(() => OrganizationConnection, { nullable: true, description: `Organisations in name order. ${NULLABLE_WHY}` })
  async organizations(
    @Ctx() { db }: PartnershipsContext,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = pageArguments(first, after);
    const base = organizationListQuery(db, search);
    let query = base
      .selectAll()
      .orderBy('name')
      .orderBy('id')
      .limit(page.first + 1);
    if (page.after) {
      const [name, id] = textIdKey(page.after);
      query = query.where((eb) => eb(eb.refTuple('name', 'id'), '>', eb.tuple(name, id)));
    }
    const rows = await query.execute();
    return buildConnection(
      OrganizationConnection,
      rows,
      page,
      toOrganization,
      (row) => [row.name, row.id],
      async () => {
        const { count } = await base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
        return Number(count);
      },
    );
  }

  @Mutation(() => RegisterOrganizationPayload, { description: 'Signed-in accounts' })
  async registerOrganization(@Arg('input', () => NewOrganizationInput) input: NewOrganizationInput, @Ctx() { db, viewer }: PartnershipsContext) {
    const row = await registerOrganization(db, viewerActor(viewer), input);
    return { organization: toOrganization(row) };
  }
}
