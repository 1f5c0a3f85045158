import { canEditRecord, canSeeContacts, type MemberRecord, type Viewer } from '@msp-atlas/access';

/**
 * Who sees a partnership's member list (account ids): those who may edit it, that is
 * its members and the curators of its countries. Not a rule of packages/access yet,
 * since no other record has one.
 */
export function canSeeMembers(viewer: Viewer, record: MemberRecord): boolean {
  return canEditRecord(viewer, record);
}

/**
 * Change-history fields whose values this viewer may not see: contact persons and
 * invitation e-mails (members only) and the member list (members and curators).
 */
export function historyRedaction(viewer: Viewer, record: MemberRecord): (field: string) => boolean {
  const seesContacts = canSeeContacts(viewer, record);
  const seesMembers = canSeeMembers(viewer, record);
  return (field) => (isContactField(field) && !seesContacts) || (field === MEMBERS_FIELD && !seesMembers);
}

export const MEMBERS_FIELD = 'members';
export const CONTACTS_FIELD = 'contacts';

/** `invitations[<id>]`, the change-history field of one invitation. */
export function invitationField(invitationId: string): string {
  return `invitations[${invitationId}]`;
}

function isContactField(field: string): boolean {
  return field === CONTACTS_FIELD || field.startsWith('invitations[');
}
