import { Arg, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { getSdgIndicator, getSdgTarget, type SdgIndicator as SdgIndicatorRecord, type SdgTarget as SdgTargetRecord } from '@msp-atlas/sdg-framework';
import { SdgIndicator } from './sdg-indicator.type.js';
import { SdgTarget } from './sdg-target.type.js';
import { requireSdgCodeForm } from './sdg-code-argument.js';

@Resolver(() => SdgIndicator)
export class SdgIndicatorResolver {
  @Query(() => SdgIndicator, { nullable: true, description: 'An indicator listing by its code, e.g. "6.1.1"' })
  sdgIndicator(@Arg('code', () => String) code: string): SdgIndicatorRecord | null {
    return getSdgIndicator(requireSdgCodeForm(code, 'indicator')) ?? null;
  }

  @FieldResolver(() => SdgTarget)
  target(@Root() indicator: SdgIndicatorRecord): SdgTargetRecord {
    const target = getSdgTarget(indicator.targetCode);
    // The framework package guarantees every indicator has its target (its tests check it).
    if (!target) throw new Error(`SDG framework has no target ${indicator.targetCode}`);
    return target;
  }

  @FieldResolver(() => String, { description: 'The official English text; the framework has no translations of it' })
  title(@Root() indicator: SdgIndicatorRecord): string {
    return indicator.title.en;
  }
}
