import { requireSignedIn } from '@msp-atlas/access';
import { badUserInput, isUuid } from '@msp-atlas/federation';
import { getSdgTarget } from '@msp-atlas/sdg-framework';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { SdgContext } from '../graphql/context.js';
import { requireSdgCodeForm } from '../framework/sdg-code-argument.js';
import { DismissSdgSuggestionInput } from './dismiss-sdg-suggestion.input.js';
import { DismissSdgSuggestionPayload } from './dismiss-sdg-suggestion.payload.js';
import { deleteDismissal, insertDismissal } from './suggestion-dismissal.repository.js';

/**
 * Dismissals are the viewer's own: membership lives in the partnerships service, so this
 * service cannot tell a member from anyone else, and a dismissal therefore hides a
 * suggestion only from the account that made it (see docs/design.md, "SDG alignment").
 */
@Resolver()
export class DismissSdgSuggestionResolver {
  @Mutation(() => DismissSdgSuggestionPayload, { description: "Stops showing the viewer a target suggested for a partnership; the record is not changed" })
  async dismissSdgSuggestion(
    @Arg('input', () => DismissSdgSuggestionInput) input: DismissSdgSuggestionInput,
    @Ctx() { db, viewer }: SdgContext,
  ): Promise<DismissSdgSuggestionPayload> {
    const accountId = requireSignedIn(viewer, 'dismiss a suggestion');
    const values = checkedDismissal(input, accountId);
    await insertDismissal(db, values);
    return { partnership: { id: values.partnershipId } };
  }

  @Mutation(() => DismissSdgSuggestionPayload, { description: 'Shows the viewer a suggestion they dismissed again' })
  async restoreSdgSuggestion(
    @Arg('input', () => DismissSdgSuggestionInput) input: DismissSdgSuggestionInput,
    @Ctx() { db, viewer }: SdgContext,
  ): Promise<DismissSdgSuggestionPayload> {
    const accountId = requireSignedIn(viewer, 'restore a suggestion');
    const values = checkedDismissal(input, accountId);
    await deleteDismissal(db, values);
    return { partnership: { id: values.partnershipId } };
  }
}

function checkedDismissal(input: DismissSdgSuggestionInput, accountId: string) {
  if (!isUuid(input.partnershipId)) throw badUserInput('Not a partnership id', 'input.partnershipId');
  const targetCode = requireSdgCodeForm(input.target, 'target', 'input.target');
  if (!getSdgTarget(targetCode)) throw badUserInput(`The SDG framework has no target ${targetCode}`, 'input.target');
  return { partnershipId: input.partnershipId, accountId, targetCode };
}
