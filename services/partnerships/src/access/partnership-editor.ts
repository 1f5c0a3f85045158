import { requireEditRecord, requireManageMembers, type Actor, type Viewer } from '@msp-atlas/access';
import type { Trx } from '../database.js';
import { isMember } from '../membership/membership.repository.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';

const WHAT = 'the partnership';

/**
 * Members edit a partnership, and so do curators of one of its countries; the system
 * (demo data) always may. Called on the locked row, so a membership removed by a
 * concurrent transaction cannot slip through.
 */
export async function requirePartnershipEditor(trx: Trx, actor: Actor, row: PartnershipRow): Promise<void> {
  if (actor.kind === 'system') return;
  const viewerIsMember = await isMember(trx, row.id, actor.viewer.accountId);
  requireEditRecord(actor.viewer, { viewerIsMember, countries: row.countries }, WHAT);
}

/** Only members invite, revoke and remove members; curators do not. Returns the viewer's account id. */
export async function requireMemberManager(trx: Trx, viewer: Viewer, row: PartnershipRow): Promise<string> {
  const viewerIsMember = await isMember(trx, row.id, viewer.accountId);
  return requireManageMembers(viewer, { viewerIsMember, countries: row.countries }, WHAT);
}
