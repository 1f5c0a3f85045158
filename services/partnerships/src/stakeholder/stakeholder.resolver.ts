import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PartnershipsContext } from '../graphql/context.js';
import { toOrganization } from '../organization/organization.mapper.js';
import { Organization } from '../organization/organization.type.js';
import { toPartnership } from '../partnership/partnership.mapper.js';
import { Contribution } from './contribution.type.js';
import { AddStakeholderInput, RemoveStakeholderInput, UpdateStakeholderInput } from './stakeholder.input.js';
import { toContribution, toStakeholder } from './stakeholder.mapper.js';
import { AddStakeholderPayload, RemoveStakeholderPayload, UpdateStakeholderPayload } from './stakeholder.payloads.js';
import { addStakeholder, removeStakeholder, updateStakeholder } from './stakeholder.service.js';
import { Stakeholder } from './stakeholder.type.js';

@Resolver(() => Stakeholder)
export class StakeholderResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() stakeholder: Stakeholder, @Ctx() { loaders }: PartnershipsContext) {
    const row = await loaders.organization.load(stakeholder.organizationId);
    return toOrganization(row!);
  }

  @FieldResolver(() => [Contribution])
  async contributions(@Root() stakeholder: Stakeholder, @Ctx() { loaders }: PartnershipsContext) {
    return (await loaders.contributions.load(stakeholder.id)).map(toContribution);
  }

  @Mutation(() => AddStakeholderPayload)
  async addStakeholder(@Arg('input', () => AddStakeholderInput) input: AddStakeholderInput, @Ctx() { db }: PartnershipsContext) {
    const { partnership, stakeholder } = await addStakeholder(db, input);
    return { partnership: toPartnership(partnership), stakeholder: toStakeholder(stakeholder!) };
  }

  @Mutation(() => UpdateStakeholderPayload)
  async updateStakeholder(
    @Arg('input', () => UpdateStakeholderInput) input: UpdateStakeholderInput,
    @Ctx() { db }: PartnershipsContext,
  ) {
    const { partnership, stakeholder } = await updateStakeholder(db, input);
    return { partnership: toPartnership(partnership), stakeholder: toStakeholder(stakeholder!) };
  }

  @Mutation(() => RemoveStakeholderPayload)
  async removeStakeholder(
    @Arg('input', () => RemoveStakeholderInput) input: RemoveStakeholderInput,
    @Ctx() { db }: PartnershipsContext,
  ) {
    const { partnership, stakeholder } = await removeStakeholder(db, input);
    return { partnership: toPartnership(partnership), removedStakeholderId: stakeholder!.id };
  }
}
