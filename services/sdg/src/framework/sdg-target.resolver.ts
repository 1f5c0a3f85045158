import { Arg, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  getSdgGoal,
  getSdgTarget,
  indicatorsOfTarget,
  type SdgGoal as SdgGoalRecord,
  type SdgIndicator as SdgIndicatorRecord,
  type SdgTarget as SdgTargetRecord,
} from '@msp-atlas/sdg-framework';
import { localeArgumentOptions, titleIn } from './localized-title.js';
import { langArgumentOptions } from './sdg-language.js';
import { requireSdgCodeForm } from './sdg-code-argument.js';
import { SdgGoal } from './sdg-goal.type.js';
import { SdgIndicator } from './sdg-indicator.type.js';
import { SdgLocale } from './sdg-locale.js';
import { SdgTarget } from './sdg-target.type.js';

@Resolver(() => SdgTarget)
export class SdgTargetResolver {
  @Query(() => SdgTarget, { nullable: true, description: 'A target by its code, e.g. "6.1" or "6.a"' })
  sdgTarget(@Arg('code', () => String) code: string): SdgTargetRecord | null {
    return getSdgTarget(requireSdgCodeForm(code, 'target')) ?? null;
  }

  @FieldResolver(() => SdgGoal)
  goal(@Root() target: SdgTargetRecord): SdgGoalRecord {
    const goal = getSdgGoal(target.goalCode);
    // The framework package guarantees every target has its goal (its tests check it).
    if (!goal) throw new Error(`SDG framework has no goal ${target.goalCode}`);
    return goal;
  }

  @FieldResolver(() => String)
  title(
    @Root() target: SdgTargetRecord,
    @Arg('locale', () => SdgLocale, localeArgumentOptions) locale: SdgLocale | null,
    @Arg('lang', () => String, langArgumentOptions) lang: string | null,
  ): string {
    return titleIn(target.title, locale, lang);
  }

  @FieldResolver(() => [SdgIndicator], { description: 'The indicators listed under the target, in order' })
  indicators(@Root() target: SdgTargetRecord): readonly SdgIndicatorRecord[] {
    return indicatorsOfTarget(target.code);
  }
}
