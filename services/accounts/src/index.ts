export { connectAccountsDatabase, migrateAccounts, startAccountsSubgraph, type AccountsSubgraphOptions } from './subgraph.js';
export { buildAccountsSchema } from './schema.js';
export { LocalTokens } from './tokens/local-tokens.js';
export { generateSigningKeyPem, loadSigningKey } from './tokens/signing-key.js';
export { JWKS_PATH } from './tokens/jwks.route.js';
export type { IdentityDb } from './database.js';
