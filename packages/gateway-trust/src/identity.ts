/**
 * Who the gateway says is calling, as it verified them: the account, its e-mail
 * (to match invitations) and its platform roles. `accountId: null` is an
 * anonymous caller, who has no e-mail and no roles.
 */
export interface GatewayIdentity {
  accountId: string | null;
  email: string | null;
  /** Admins appoint curators. */
  admin: boolean;
  /** ISO 3166-1 alpha-3 codes of the countries the account curates. */
  curatorCountries: readonly string[];
}

export const ANONYMOUS: GatewayIdentity = Object.freeze({
  accountId: null,
  email: null,
  admin: false,
  curatorCountries: Object.freeze([]) as readonly string[],
});

/** A signed-in identity; the roles default to none. */
export function accountIdentity(
  accountId: string,
  details: { email?: string | null; admin?: boolean; curatorCountries?: readonly string[] } = {},
): GatewayIdentity {
  return {
    accountId,
    email: details.email ?? null,
    admin: details.admin ?? false,
    curatorCountries: [...(details.curatorCountries ?? [])],
  };
}

// A readable marker instead of encoded JSON: most requests are anonymous.
const ANONYMOUS_HEADER = 'anonymous';
const COUNTRY_CODE = /^[A-Z]{3}$/;

/** The `x-msp-identity` value: `anonymous`, or the identity as base64url JSON. */
export function encodeIdentity(identity: GatewayIdentity): string {
  if (identity.accountId === null) return ANONYMOUS_HEADER;
  const wire = { a: identity.accountId, e: identity.email, r: identity.admin ? 1 : 0, c: identity.curatorCountries };
  return Buffer.from(JSON.stringify(wire), 'utf8').toString('base64url');
}

/** The identity in an `x-msp-identity` value, or null when it is not one `encodeIdentity` makes. */
export function decodeIdentity(header: string): GatewayIdentity | null {
  if (header === ANONYMOUS_HEADER) return ANONYMOUS;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { a, e, r, c } = parsed as { a?: unknown; e?: unknown; r?: unknown; c?: unknown };
    if (typeof a !== 'string' || a === '') return null;
    if (e !== null && typeof e !== 'string') return null;
    if (r !== 0 && r !== 1) return null;
    if (!Array.isArray(c) || !c.every((code) => typeof code === 'string' && COUNTRY_CODE.test(code))) return null;
    return { accountId: a, email: e, admin: r === 1, curatorCountries: c as string[] };
  } catch {
    return null;
  }
}
