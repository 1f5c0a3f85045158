export { loadConfig, ConfigError } from './load-config.js';
export { envBoolean, envPort, envUrl, envString, envLogLevel, envNodeEnv, envSecret } from './env-fields.js';
