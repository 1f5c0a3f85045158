import { Arg, Query, Resolver } from 'type-graphql';
import { loadSdgClassifier } from '@msp-atlas/sdg-classifier';
import { parseSdgLanguage } from '../framework/sdg-language.js';
import { SdgSuggestion } from './sdg-suggestion.type.js';
import { requireSuggestionText } from './suggestion-text.js';
import { toSdgSuggestion } from './to-sdg-suggestion.js';

/** As many suggestions as a form can show beside the text. */
const SUGGESTION_LIMIT = 10;

@Resolver(() => SdgSuggestion)
export class SuggestSdgAlignmentResolver {
  @Query(() => [SdgSuggestion], {
    description: 'Goals and targets a text appears to serve, best first, each with the passages that show it. Nothing is stored.',
  })
  suggestSdgAlignment(
    @Arg('text', () => String, { description: 'At most 100 KB' }) text: string,
    @Arg('lang', () => String, { nullable: true, description: "The text's language (en, fr, es, de); detected when not given" }) lang: string | null,
  ): SdgSuggestion[] {
    const checked = requireSuggestionText(text);
    const language = parseSdgLanguage(lang);
    return loadSdgClassifier()
      .suggest(checked, { ...(language ? { lang: language } : {}), limit: SUGGESTION_LIMIT })
      .flatMap((suggestion) => toSdgSuggestion(suggestion) ?? []);
  }
}
