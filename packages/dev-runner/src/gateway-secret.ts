import { randomBytes } from 'node:crypto';
import type { DevRunnerEnv } from './env.js';

/**
 * The secret the gateway and the subgraphs share. A new one at every start unless
 * GATEWAY_SECRET is set: all processes start together, so nothing needs to keep it,
 * and nothing outside this run can sign requests to the subgraphs.
 */
export function gatewaySecretFor(env: Pick<DevRunnerEnv, 'GATEWAY_SECRET'>): string {
  return env.GATEWAY_SECRET ?? randomBytes(32).toString('hex');
}
