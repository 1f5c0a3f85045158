import { viewerActor } from '@msp-atlas/access';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PartnershipsContext } from '../graphql/context.js';
import { ChangePhaseInput } from './change-phase.input.js';
import { toPartnership } from './partnership.mapper.js';
import { ChangePhasePayload } from './change-phase.payload.js';
import { RegisterPartnershipPayload } from './register-partnership.payload.js';
import { UpdatePartnershipPayload } from './update-partnership.payload.js';
import { changePhase, registerPartnership, updatePartnership } from './partnership.service.js';
import { RegisterPartnershipInput } from './register-partnership.input.js';
import { UpdatePartnershipInput } from './update-partnership.input.js';

@Resolver()
export class PartnershipMutationResolver {
  @Mutation(() => RegisterPartnershipPayload, { description: 'Signed-in accounts; the registrant becomes the first member' })
  async registerPartnership(@Arg('input', () => RegisterPartnershipInput) input: RegisterPartnershipInput, @Ctx() { db, viewer }: PartnershipsContext) {
    return { partnership: toPartnership(await registerPartnership(db, viewerActor(viewer), input)) };
  }

  @Mutation(() => UpdatePartnershipPayload, { description: "Members, or curators of one of the partnership's countries" })
  async updatePartnership(@Arg('input', () => UpdatePartnershipInput) input: UpdatePartnershipInput, @Ctx() { db, viewer }: PartnershipsContext) {
    return { partnership: toPartnership(await updatePartnership(db, viewerActor(viewer), input)) };
  }

  @Mutation(() => ChangePhasePayload, { description: "Members, or curators of one of the partnership's countries" })
  async changePhase(@Arg('input', () => ChangePhaseInput) input: ChangePhaseInput, @Ctx() { db, viewer }: PartnershipsContext) {
    return { partnership: toPartnership(await changePhase(db, viewerActor(viewer), input)) };
  }
}
