import { compareSdgCodes, getSdgGoal, getSdgTarget, type SdgGoal as SdgGoalRecord, type SdgTarget as SdgTargetRecord } from '@msp-atlas/sdg-framework';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OrganizationReference } from './organization.reference.js';
import type { SdgContext } from '../graphql/context.js';
import { totalAmounts } from '../alignment/stakeholder-amounts.js';
import { goalOf } from '../alignment/target-agreement.js';
import { SdgOrganizationProfile } from './sdg-organization-profile.type.js';

@Resolver(() => OrganizationReference)
export class OrganizationSdgProfileResolver {
  @FieldResolver(() => SdgOrganizationProfile, { description: "The SDG goals and targets of the organisation's partnerships, kept from the registry's events" })
  async sdgProfile(@Root() organization: OrganizationReference, @Ctx() { loaders }: SdgContext): Promise<SdgOrganizationProfile> {
    const rows = await loaders.organizationPartnerships.load(organization.id);
    const byGoal = new Map<number, { partnerships: Set<string>; targets: Set<string> }>();
    for (const row of rows) {
      for (const target of row.declared_targets) {
        const entry = byGoal.get(goalOf(target)) ?? { partnerships: new Set<string>(), targets: new Set<string>() };
        entry.partnerships.add(row.partnership_id);
        entry.targets.add(target);
        byGoal.set(goalOf(target), entry);
      }
    }
    const goals = [...byGoal]
      .sort(([a], [b]) => a - b)
      .flatMap(([number, entry]) => {
        const goal: SdgGoalRecord | undefined = getSdgGoal(String(number));
        if (!goal) return [];
        const targets = [...entry.targets].sort(compareSdgCodes).flatMap((code): SdgTargetRecord[] => {
          const target = getSdgTarget(code);
          return target ? [target] : [];
        });
        return [{ goal, partnerships: entry.partnerships.size, targets }];
      });
    const money = Object.entries(totalAmounts(rows.map((row) => row.amounts)))
      .map(([currency, amount]) => ({ currency, amount }))
      .sort((a, b) => a.currency.localeCompare(b.currency));
    return { partnerships: new Set(rows.map((row) => row.partnership_id)).size, goals, money };
  }
}
