import type { MemberRecord } from '@msp-atlas/access';
import type { Partnership } from '../partnership/partnership.type.js';
import type { PartnershipsContext } from './context.js';

/** What the access rules need to know about a partnership for this request's viewer. */
export async function viewerRecord(partnership: Partnership, { loaders }: PartnershipsContext): Promise<MemberRecord> {
  return { viewerIsMember: await loaders.viewerIsMember.load(partnership.id), countries: partnership.countries };
}
