/** A token is renewed this long before it expires. */
export const RENEW_BEFORE_EXPIRY_MS = 60_000;

/** After a failed renewal (server unreachable), try again this much later, while the token lasts. */
export const RENEWAL_RETRY_MS = 10_000;

/** How long to wait before renewing a token that expires at `expiresAt`; 0 when it is due. */
export function renewalDelayMs(expiresAt: number, now: number): number {
  return Math.max(0, expiresAt - RENEW_BEFORE_EXPIRY_MS - now);
}
