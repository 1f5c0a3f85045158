import { Arg, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { getSdgGoal, sdgGoals, targetsOfGoal, type SdgGoal as SdgGoalRecord, type SdgTarget as SdgTargetRecord } from '@msp-atlas/sdg-framework';
import { localeArgumentOptions, titleIn } from './localized-title.js';
import { langArgumentOptions } from './sdg-language.js';
import { requireSdgCodeForm } from './sdg-code-argument.js';
import { SdgGoal } from './sdg-goal.type.js';
import { SdgLocale } from './sdg-locale.js';
import { SdgTarget } from './sdg-target.type.js';
import { NULLABLE_WHY } from '@msp-atlas/federation';

@Resolver(() => SdgGoal)
export class SdgGoalResolver {
  @Query(() => [SdgGoal], { nullable: true, description: `The 17 goals in order. ${NULLABLE_WHY}` })
  sdgGoals(): readonly SdgGoalRecord[] {
    return sdgGoals;
  }

  @Query(() => SdgGoal, { nullable: true, description: 'A goal by its code, e.g. "6"' })
  sdgGoal(@Arg('code', () => String) code: string): SdgGoalRecord | null {
    return getSdgGoal(requireSdgCodeForm(code, 'goal')) ?? null;
  }

  @FieldResolver(() => String)
  title(
    @Root() goal: SdgGoalRecord,
    @Arg('locale', () => SdgLocale, localeArgumentOptions) locale: SdgLocale | null,
    @Arg('lang', () => String, langArgumentOptions) lang: string | null,
  ): string {
    return titleIn(goal.title, locale, lang);
  }

  @FieldResolver(() => String, { description: 'The short name, e.g. "Clean water and sanitation"' })
  shortTitle(
    @Root() goal: SdgGoalRecord,
    @Arg('locale', () => SdgLocale, localeArgumentOptions) locale: SdgLocale | null,
    @Arg('lang', () => String, langArgumentOptions) lang: string | null,
  ): string {
    return titleIn(goal.shortTitle, locale, lang);
  }

  @FieldResolver(() => [SdgTarget], { description: "The goal's targets in order (6.1 … 6.6, 6.a, 6.b)" })
  targets(@Root() goal: SdgGoalRecord): readonly SdgTargetRecord[] {
    return targetsOfGoal(goal.code);
  }
}
