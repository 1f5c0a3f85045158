import { timingSafeEqual } from 'node:crypto';
import { decodeIdentity, type GatewayIdentity } from './identity.js';
import { IDENTITY_HEADER, PROOF_HEADER, proofSignature } from './proof.js';

export interface VerifyOptions {
  secret: string;
  /** Request headers with lower-case names, as node:http gives them. */
  headers: Record<string, string | string[] | undefined>;
  now?: Date;
  /** How far the proof's time may be from ours, either way: bounds replay and clock drift. */
  maxSkewSeconds?: number;
}

export type VerifyResult =
  | { ok: true; identity: GatewayIdentity }
  | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'bad-signature' | 'bad-identity' };

// Matches PROOF_VERSION; a new version gets its own pattern.
const PROOF_PATTERN = /^v1\.(\d{1,12})\.([0-9a-f]{64})$/;

/** Whether a request carries the gateway's proof, and the identity it vouches for. */
export function verifyGatewayRequest(options: VerifyOptions): VerifyResult {
  const identityHeader = single(options.headers[IDENTITY_HEADER]);
  const proof = single(options.headers[PROOF_HEADER]);
  if (identityHeader === undefined || proof === undefined) return { ok: false, reason: 'missing' };
  const match = PROOF_PATTERN.exec(proof);
  if (!match) return { ok: false, reason: 'malformed' };
  const timestamp = Number(match[1]);
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > (options.maxSkewSeconds ?? 300)) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(proofSignature(options.secret, timestamp, identityHeader), 'hex');
  // Both are 32 bytes: the pattern fixed the length, so timingSafeEqual cannot throw.
  // biome-ignore lint/style/noNonNullAssertion: the pattern matched, and its second group is not optional
  if (!timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'))) return { ok: false, reason: 'bad-signature' };
  const identity = decodeIdentity(identityHeader);
  return identity ? { ok: true, identity } : { ok: false, reason: 'bad-identity' };
}

// A header sent twice is ambiguous; refuse it rather than pick one.
function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
