import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/** The key the accounts service signs access tokens with (Ed25519); the gateway gets its public half. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Key id in the tokens' header, so a key can be rotated while old tokens still verify. */
  keyId: string;
}

/** Reads a PKCS#8 PEM Ed25519 private key, as `AUTH_SIGNING_KEY` holds it. */
export function loadSigningKey(pem: string): SigningKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`AUTH_SIGNING_KEY must be an Ed25519 private key, not ${privateKey.asymmetricKeyType}`);
  }
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { privateKey, publicKey, keyId: createHash('sha256').update(der).digest('base64url').slice(0, 16) };
}

/** A new Ed25519 private key as PKCS#8 PEM: what a deployment (or `npm start`) keeps as its signing key. */
export function generateSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}
