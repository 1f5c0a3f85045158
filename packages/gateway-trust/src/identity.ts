/**
 * Who the gateway says is calling. Only the account for now; roles come with
 * authentication (issue 3). `accountId: null` is an anonymous caller.
 */
export interface GatewayIdentity {
  accountId: string | null;
}

export const ANONYMOUS: GatewayIdentity = Object.freeze({ accountId: null });

// A readable marker instead of encoded JSON: most requests are anonymous.
const ANONYMOUS_HEADER = 'anonymous';

/** The `x-msp-identity` value: `anonymous`, or the identity as base64url JSON. */
export function encodeIdentity(identity: GatewayIdentity): string {
  if (identity.accountId === null) return ANONYMOUS_HEADER;
  return Buffer.from(JSON.stringify({ accountId: identity.accountId }), 'utf8').toString('base64url');
}

/** The identity in an `x-msp-identity` value, or null when it is not one `encodeIdentity` makes. */
export function decodeIdentity(header: string): GatewayIdentity | null {
  if (header === ANONYMOUS_HEADER) return { accountId: null };
  try {
    const parsed: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { accountId } = parsed as { accountId?: unknown };
    return typeof accountId === 'string' && accountId !== '' ? { accountId } : null;
  } catch {
    return null;
  }
}
