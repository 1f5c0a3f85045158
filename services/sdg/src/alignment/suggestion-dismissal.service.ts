import { requireSignedIn, type Viewer } from '@msp-atlas/access';
import { badUserInput, isUuid } from '@msp-atlas/federation';
import { getSdgTarget } from '@msp-atlas/sdg-framework';
import type { Db } from '../database.js';
import { requireSdgCodeForm } from '../framework/sdg-code-argument.js';
import type { DismissSdgSuggestionInput } from './dismiss-sdg-suggestion.input.js';
import { deleteDismissal, insertDismissal } from './suggestion-dismissal.repository.js';

/**
 * Dismissals are the viewer's own: membership lives in the partnerships service, so this
 * service cannot tell a member from anyone else, and a dismissal therefore hides a
 * suggestion only from the account that made it (see docs/design.md, "SDG alignment").
 * Both return the partnership's id.
 */
export async function dismissSuggestion(db: Db, viewer: Viewer, input: DismissSdgSuggestionInput): Promise<string> {
  const accountId = requireSignedIn(viewer, 'dismiss a suggestion');
  const values = checkedDismissal(input, accountId);
  await insertDismissal(db, values);
  return values.partnershipId;
}

export async function restoreSuggestion(db: Db, viewer: Viewer, input: DismissSdgSuggestionInput): Promise<string> {
  const accountId = requireSignedIn(viewer, 'restore a suggestion');
  const values = checkedDismissal(input, accountId);
  await deleteDismissal(db, values);
  return values.partnershipId;
}

function checkedDismissal(input: DismissSdgSuggestionInput, accountId: string) {
  if (!isUuid(input.partnershipId)) throw badUserInput('Not a partnership id', 'input.partnershipId');
  const targetCode = requireSdgCodeForm(input.target, 'target', 'input.target');
  if (!getSdgTarget(targetCode)) throw badUserInput(`The SDG framework has no target ${targetCode}`, 'input.target');
  return { partnershipId: input.partnershipId, accountId, targetCode };
}
