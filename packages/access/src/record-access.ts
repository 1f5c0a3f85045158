import { forbidden } from '@msp-atlas/domain-errors';
import { requireSignedIn } from './guards.js';
import type { Viewer } from './viewer.js';

/**
 * What a rule needs to know about a record that has members (a partnership, a
 * lesson): whether the viewer is one of them, and the countries the record is in.
 */
export interface MemberRecord {
  viewerIsMember: boolean;
  countries: readonly string[];
}

/** Members edit their record; curators may correct records in the countries they curate. */
export function canEditRecord(viewer: Viewer, record: MemberRecord): boolean {
  return viewer.isSignedIn && (record.viewerIsMember || viewer.curatesAnyOf(record.countries));
}

/** Personal contact data stays with the record's members. */
export function canSeeContacts(viewer: Viewer, record: MemberRecord): boolean {
  return viewer.isSignedIn && record.viewerIsMember;
}

/** Managing who belongs to a record is for its members only, not for curators. */
export function canManageMembers(viewer: Viewer, record: MemberRecord): boolean {
  return viewer.isSignedIn && record.viewerIsMember;
}

/** UNAUTHENTICATED when anonymous, FORBIDDEN when signed in but neither member nor curator. */
export function requireEditRecord(viewer: Viewer, record: MemberRecord, what: string): string {
  const accountId = requireSignedIn(viewer, `change ${what}`);
  if (!canEditRecord(viewer, record)) {
    throw forbidden(`Only members of ${what}, or a curator of one of its countries, may change it`);
  }
  return accountId;
}

export function requireManageMembers(viewer: Viewer, record: MemberRecord, what: string): string {
  const accountId = requireSignedIn(viewer, `manage the members of ${what}`);
  if (!canManageMembers(viewer, record)) throw forbidden(`Only members of ${what} may manage its members`);
  return accountId;
}
