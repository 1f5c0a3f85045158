import { grantsOf, parseGrants, type Grant } from './grant.js';

/**
 * What the caller proved itself with, so the accounts service can end exactly that
 * on sign-out: a session of its own (local tokens), or an identity provider's token.
 */
export type IdentityCredential = { kind: 'session'; sessionId: string } | { kind: 'provider'; tokenId: string | null; expiresAt: Date };

/**
 * Who the gateway says is calling, as it verified them: the account, its e-mail
 * (to match invitations), the roles it holds and where (`grants`), and the
 * credential used. `accountId: null` is an anonymous caller, with nothing else.
 */
export interface GatewayIdentity {
  accountId: string | null;
  email: string | null;
  grants: readonly Grant[];
  credential?: IdentityCredential;
}

export const ANONYMOUS: GatewayIdentity = Object.freeze({
  accountId: null,
  email: null,
  grants: Object.freeze([]) as readonly Grant[],
});

export interface IdentityDetails {
  email?: string | null;
  grants?: readonly Grant[];
  /** Shorthands for the `admin` and `curator` grants (tests, seed data). */
  admin?: boolean;
  curatorCountries?: readonly string[];
  credential?: IdentityCredential;
}

/** A signed-in identity; the roles default to none. */
export function accountIdentity(accountId: string, details: IdentityDetails = {}): GatewayIdentity {
  const identity: GatewayIdentity = {
    accountId,
    email: details.email ?? null,
    grants: [...(details.grants ?? []), ...grantsOf(details)],
  };
  return details.credential ? { ...identity, credential: details.credential } : identity;
}

// A readable marker instead of encoded JSON: most requests are anonymous.
const ANONYMOUS_HEADER = 'anonymous';
/**
 * The wire format's version, inside the signed value: a subgraph that reads another
 * version refuses the request instead of reading roles it would misunderstand.
 * Version 1 carried `r` (admin) and `c` (curator countries) only.
 */
export const IDENTITY_VERSION = 2;

interface WireIdentity {
  v: typeof IDENTITY_VERSION;
  a: string;
  e: string | null;
  g: readonly Grant[];
  /** `{ s: sessionId }` or `{ t: tokenId | null, x: expiry in unix seconds }`. */
  c?: { s: string } | { t: string | null; x: number };
}

/** The `x-msp-identity` value: `anonymous`, or the identity as versioned base64url JSON. */
export function encodeIdentity(identity: GatewayIdentity): string {
  if (identity.accountId === null) return ANONYMOUS_HEADER;
  const wire: WireIdentity = { v: IDENTITY_VERSION, a: identity.accountId, e: identity.email, g: identity.grants };
  const { credential } = identity;
  if (credential?.kind === 'session') wire.c = { s: credential.sessionId };
  if (credential?.kind === 'provider') wire.c = { t: credential.tokenId, x: Math.floor(credential.expiresAt.getTime() / 1000) };
  return Buffer.from(JSON.stringify(wire), 'utf8').toString('base64url');
}

/** The identity in an `x-msp-identity` value, or null when it is not one `encodeIdentity` makes (another version included). */
export function decodeIdentity(header: string): GatewayIdentity | null {
  if (header === ANONYMOUS_HEADER) return ANONYMOUS;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { v, a, e, g, c } = parsed as Partial<Record<keyof WireIdentity, unknown>>;
    if (v !== IDENTITY_VERSION) return null;
    if (typeof a !== 'string' || a === '') return null;
    if (e !== null && typeof e !== 'string') return null;
    const grants = parseGrants(g);
    if (!grants) return null;
    const identity: GatewayIdentity = { accountId: a, email: e, grants };
    if (c === undefined) return identity;
    const credential = decodeCredential(c);
    return credential ? { ...identity, credential } : null;
  } catch {
    return null;
  }
}

function decodeCredential(value: unknown): IdentityCredential | null {
  if (typeof value !== 'object' || value === null) return null;
  const { s, t, x } = value as { s?: unknown; t?: unknown; x?: unknown };
  if (typeof s === 'string' && s !== '') return { kind: 'session', sessionId: s };
  if ((t === null || typeof t === 'string') && typeof x === 'number' && Number.isInteger(x)) {
    return { kind: 'provider', tokenId: t, expiresAt: new Date(x * 1000) };
  }
  return null;
}
