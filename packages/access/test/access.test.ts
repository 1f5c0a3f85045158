import { accountIdentity, ANONYMOUS } from '@msp-atlas/gateway-trust';
import type { DomainError } from '@msp-atlas/domain-errors';
import { describe, expect, it } from 'vitest';
import { canEditRecord, canSeeContacts, requireAdmin, requireEditRecord, requireManageMembers, Viewer } from '../src/index.js';

const anonymous = new Viewer(ANONYMOUS);
const member = new Viewer(accountIdentity('member-1', { email: 'Member@Example.org' }));
const kenyaCurator = new Viewer(accountIdentity('curator-1', { curatorCountries: ['KEN'] }));
const admin = new Viewer(accountIdentity('admin-1', { admin: true }));
const outsider = new Viewer(accountIdentity('outsider-1'));

const record = (viewerIsMember: boolean) => ({ viewerIsMember, countries: ['KEN', 'TZA'] });
const codeOf = (action: () => unknown) => {
  try {
    action();
    return 'ALLOWED';
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('Viewer', () => {
  it('keeps no e-mail or roles for an anonymous caller', () => {
    expect(anonymous.isSignedIn).toBe(false);
    expect(anonymous.isAdmin).toBe(false);
    expect(anonymous.curatesAnyOf(['KEN'])).toBe(false);
  });

  it('answers hasGrant by role, country and scope', () => {
    const moderator = new Viewer(accountIdentity('moderator-1', { grants: [{ role: 'moderator', scope: 'learning' }] }));
    expect(moderator.hasGrant('moderator')).toBe(true);
    expect(moderator.hasGrant('moderator', { scope: 'learning' })).toBe(true);
    expect(moderator.hasGrant('moderator', { scope: 'registry' })).toBe(false);
    expect(moderator.hasGrant('curator')).toBe(false);
    expect(kenyaCurator.hasGrant('curator', { country: 'KEN' })).toBe(true);
    expect(kenyaCurator.hasGrant('curator', { country: 'UGA' })).toBe(false);
    expect(admin.hasGrant('admin', { country: 'UGA', scope: 'learning' })).toBe(true);
    expect(admin.isAdmin).toBe(true);
    // Roles of a signed-out identity count for nothing.
    expect(new Viewer({ ...ANONYMOUS, grants: [{ role: 'admin' }] }).isAdmin).toBe(false);
  });

  it('compares e-mails in lower case', () => {
    expect(member.email).toBe('member@example.org');
  });
});

describe('record rules', () => {
  it('lets members and curators of the record’s countries edit, nobody else', () => {
    expect(codeOf(() => requireEditRecord(member, record(true), 'the partnership'))).toBe('ALLOWED');
    expect(codeOf(() => requireEditRecord(kenyaCurator, record(false), 'the partnership'))).toBe('ALLOWED');
    expect(codeOf(() => requireEditRecord(kenyaCurator, { viewerIsMember: false, countries: ['UGA'] }, 'it'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireEditRecord(admin, record(false), 'the partnership'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireEditRecord(outsider, record(false), 'the partnership'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireEditRecord(anonymous, record(false), 'the partnership'))).toBe('UNAUTHENTICATED');
  });

  it('shows contacts to members only, and lets only members manage members', () => {
    expect(canSeeContacts(member, record(true))).toBe(true);
    expect(canSeeContacts(kenyaCurator, record(false))).toBe(false);
    expect(canEditRecord(kenyaCurator, record(false))).toBe(true);
    expect(codeOf(() => requireManageMembers(kenyaCurator, record(false), 'it'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireManageMembers(member, record(true), 'it'))).toBe('ALLOWED');
  });

  it('lets only admins administer', () => {
    expect(codeOf(() => requireAdmin(admin))).toBe('ALLOWED');
    expect(codeOf(() => requireAdmin(kenyaCurator))).toBe('FORBIDDEN');
    expect(codeOf(() => requireAdmin(anonymous))).toBe('UNAUTHENTICATED');
  });
});
