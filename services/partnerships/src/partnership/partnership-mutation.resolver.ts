import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PartnershipsContext } from '../graphql/context.js';
import { ChangePhaseInput } from './change-phase.input.js';
import { toPartnership } from './partnership.mapper.js';
import { ChangePhasePayload, RegisterPartnershipPayload, UpdatePartnershipPayload } from './partnership.payloads.js';
import { changePhase, registerPartnership, updatePartnership } from './partnership.service.js';
import { RegisterPartnershipInput } from './register-partnership.input.js';
import { UpdatePartnershipInput } from './update-partnership.input.js';

@Resolver()
export class PartnershipMutationResolver {
  @Mutation(() => RegisterPartnershipPayload)
  async registerPartnership(
    @Arg('input', () => RegisterPartnershipInput) input: RegisterPartnershipInput,
    @Ctx() { db }: PartnershipsContext,
  ) {
    return { partnership: toPartnership(await registerPartnership(db, input)) };
  }

  @Mutation(() => UpdatePartnershipPayload)
  async updatePartnership(
    @Arg('input', () => UpdatePartnershipInput) input: UpdatePartnershipInput,
    @Ctx() { db }: PartnershipsContext,
  ) {
    return { partnership: toPartnership(await updatePartnership(db, input)) };
  }

  @Mutation(() => ChangePhasePayload)
  async changePhase(@Arg('input', () => ChangePhaseInput) input: ChangePhaseInput, @Ctx() { db }: PartnershipsContext) {
    return { partnership: toPartnership(await changePhase(db, input)) };
  }
}
