import { viewerActor } from '@msp-atlas/access';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PartnershipsContext } from '../graphql/context.js';
import { toOrganization } from '../organization/organization.mapper.js';
import { Organization } from '../organization/organization.type.js';
import { toPartnership } from '../partnership/partnership.mapper.js';
import { Contribution } from './contribution.type.js';
import { AddStakeholderInput } from './add-stakeholder.input.js';
import { RemoveStakeholderInput } from './remove-stakeholder.input.js';
import { UpdateStakeholderInput } from './update-stakeholder.input.js';
import { toContribution, toStakeholder } from './stakeholder.mapper.js';
import { AddStakeholderPayload } from './add-stakeholder.payload.js';
import { RemoveStakeholderPayload } from './remove-stakeholder.payload.js';
import { UpdateStakeholderPayload } from './update-stakeholder.payload.js';
import { addStakeholder, removeStakeholder, updateStakeholder } from './stakeholder.service.js';
import { Stakeholder } from './stakeholder.type.js';

@Resolver(() => Stakeholder)
export class StakeholderResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() stakeholder: Stakeholder, @Ctx() { loaders }: PartnershipsContext) {
    const row = await loaders.organization.load(stakeholder.organizationId);
    // biome-ignore lint/style/noNonNullAssertion: a stakeholder references an organization, and organizations are never deleted
    return toOrganization(row!);
  }

  @FieldResolver(() => [Contribution])
  async contributions(@Root() stakeholder: Stakeholder, @Ctx() { loaders }: PartnershipsContext) {
    return (await loaders.contributions.load(stakeholder.id)).map(toContribution);
  }

  @Mutation(() => AddStakeholderPayload, { description: "Members, or curators of one of the partnership's countries" })
  async addStakeholder(@Arg('input', () => AddStakeholderInput) input: AddStakeholderInput, @Ctx() { db, viewer }: PartnershipsContext) {
    const { partnership, stakeholder } = await addStakeholder(db, viewerActor(viewer), input);
    // biome-ignore lint/style/noNonNullAssertion: the service found the stakeholder or refused the change
    return { partnership: toPartnership(partnership), stakeholder: toStakeholder(stakeholder!) };
  }

  @Mutation(() => UpdateStakeholderPayload, { description: "Members, or curators of one of the partnership's countries" })
  async updateStakeholder(@Arg('input', () => UpdateStakeholderInput) input: UpdateStakeholderInput, @Ctx() { db, viewer }: PartnershipsContext) {
    const { partnership, stakeholder } = await updateStakeholder(db, viewerActor(viewer), input);
    // biome-ignore lint/style/noNonNullAssertion: the service found the stakeholder or refused the change
    return { partnership: toPartnership(partnership), stakeholder: toStakeholder(stakeholder!) };
  }

  @Mutation(() => RemoveStakeholderPayload, { description: "Members, or curators of one of the partnership's countries" })
  async removeStakeholder(@Arg('input', () => RemoveStakeholderInput) input: RemoveStakeholderInput, @Ctx() { db, viewer }: PartnershipsContext) {
    const { partnership, stakeholder } = await removeStakeholder(db, viewerActor(viewer), input);
    // biome-ignore lint/style/noNonNullAssertion: the service found the stakeholder or refused the change
    return { partnership: toPartnership(partnership), removedStakeholderId: stakeholder!.id };
  }
}
