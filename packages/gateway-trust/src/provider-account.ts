import { parseGrants, type Grant } from './grant.js';

/**
 * The gateway verifies an identity provider's token itself; which local account it
 * stands for (linked by issuer and subject, or by a provider-verified e-mail) is the
 * accounts service's to say. The gateway POSTs the verified claims here.
 */
export const PROVIDER_ACCOUNT_PATH = '/internal/provider-accounts';

export interface ProviderClaims {
  issuer: string;
  subject: string;
  /** Only a provider-verified address; null when the provider did not confirm one. */
  email: string | null;
  name: string | null;
}

export interface ProviderAccount {
  accountId: string;
  email: string;
  grants: Grant[];
}

/** The account in the service's answer, or null when it is not one. */
export function parseProviderAccount(value: unknown): ProviderAccount | null {
  if (typeof value !== 'object' || value === null) return null;
  const { accountId, email, grants } = value as Record<string, unknown>;
  if (typeof accountId !== 'string' || accountId === '' || typeof email !== 'string') return null;
  const parsedGrants = parseGrants(grants);
  return parsedGrants ? { accountId, email, grants: parsedGrants } : null;
}
