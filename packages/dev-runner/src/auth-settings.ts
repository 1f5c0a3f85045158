import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DevRunnerEnv } from './env.js';

export interface AccountsAuthSettings {
  AUTH_SIGNING_KEY_FILE: string;
  FIRST_ADMIN_EMAIL: string;
  FIRST_ADMIN_PASSWORD: string;
}

/**
 * What the accounts service needs to sign people in, kept in the data folder so tokens and the
 * administrator's password survive a restart: an Ed25519 signing key and the first
 * administrator, both made at the first start unless the environment gives them.
 */
export function accountsAuthSettings(env: DevRunnerEnv, dataDir: string): AccountsAuthSettings {
  mkdirSync(dataDir, { recursive: true });
  return {
    AUTH_SIGNING_KEY_FILE: env.AUTH_SIGNING_KEY_FILE ?? keptFile(join(dataDir, 'auth-signing-key.pem'), newSigningKeyPem),
    FIRST_ADMIN_EMAIL: env.FIRST_ADMIN_EMAIL,
    FIRST_ADMIN_PASSWORD: env.FIRST_ADMIN_PASSWORD ?? readFileSync(keptFile(join(dataDir, 'first-admin-password'), newPassword), 'utf8').trim(),
  };
}

function keptFile(path: string, create: () => string): string {
  // Owner-only: both files are secrets.
  if (!existsSync(path)) writeFileSync(path, create(), { mode: 0o600 });
  return path;
}

function newSigningKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

function newPassword(): string {
  return `${randomBytes(18).toString('base64url')}\n`;
}
