// What other tools (the benchmarks) reuse of `npm start`: the processes and their settings.
export { accountsAuthSettings, type AccountsAuthSettings } from './auth-settings.js';
export { loadEnv as loadDevRunnerEnv, type DevRunnerEnv } from './env.js';
export { gatewaySecretFor } from './gateway-secret.js';
export { providePlatformDatabase, type PlatformDatabase } from './database.js';
export { platformProcesses, type ProcessSpec } from './processes.js';
export { waitUntilReady } from './supervisor.js';
