import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { SdgContext } from '../graphql/context.js';
import { DismissSdgSuggestionInput } from './dismiss-sdg-suggestion.input.js';
import { DismissSdgSuggestionPayload } from './dismiss-sdg-suggestion.payload.js';
import { dismissSuggestion, restoreSuggestion } from './suggestion-dismissal.service.js';

@Resolver()
export class DismissSdgSuggestionResolver {
  @Mutation(() => DismissSdgSuggestionPayload, { description: 'Stops showing the viewer a target suggested for a partnership; the record is not changed' })
  async dismissSdgSuggestion(
    @Arg('input', () => DismissSdgSuggestionInput) input: DismissSdgSuggestionInput,
    @Ctx() { db, viewer }: SdgContext,
  ): Promise<DismissSdgSuggestionPayload> {
    return { partnership: { id: await dismissSuggestion(db, viewer, input) } };
  }

  @Mutation(() => DismissSdgSuggestionPayload, { description: 'Shows the viewer a suggestion they dismissed again' })
  async restoreSdgSuggestion(
    @Arg('input', () => DismissSdgSuggestionInput) input: DismissSdgSuggestionInput,
    @Ctx() { db, viewer }: SdgContext,
  ): Promise<DismissSdgSuggestionPayload> {
    return { partnership: { id: await restoreSuggestion(db, viewer, input) } };
  }
}
