export { accountsSubgraph, accountsSubgraph as subgraph } from './subgraph.js';
export { buildAccountsSchema } from './schema.js';
export { LocalTokens } from './tokens/local-tokens.js';
export { generateSigningKeyPem, loadSigningKey } from './tokens/signing-key.js';
export type { IdentityDb } from './database.js';
