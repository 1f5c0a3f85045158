import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartnershipsContext } from '../graphql/context.js';
import { toOrganization } from '../organization/organization.mapper.js';
import { Organization } from '../organization/organization.type.js';
import { FundingConcentration } from './funding-concentration.type.js';

@Resolver(() => FundingConcentration)
export class FundingConcentrationResolver {
  @FieldResolver(() => Organization, { nullable: true })
  async largestFunder(@Root() concentration: FundingConcentration, @Ctx() { loaders }: PartnershipsContext) {
    if (!concentration.largestFunderId) return null;
    const row = await loaders.organization.load(concentration.largestFunderId);
    return row ? toOrganization(row) : null;
  }
}
