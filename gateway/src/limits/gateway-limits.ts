import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions } from 'graphql';
import { limitsPlugin, type LimitsContext } from './limits-plugin.js';
import { defaultOperationLimits, type OperationLimits } from './operation-limits.js';
import { TokenBuckets } from '@msp-atlas/service-runtime';

export interface GatewayLimitsOptions extends Partial<OperationLimits> {
  /** Mutations per minute per client address and per account; absent or 0 leaves mutations unlimited. */
  mutationRatePerMinute?: number;
  /** Sign-in and sign-up attempts per minute per client address; 20 unless given. */
  signInRatePerMinute?: number;
}

/** What the gateway's ApolloServer needs to enforce the limits: a parse option and a plugin. */
export function gatewayLimits(options: GatewayLimitsOptions = {}): {
  parseOptions: ParseOptions;
  plugin: ApolloServerPlugin<LimitsContext>;
} {
  const { mutationRatePerMinute, signInRatePerMinute, ...overrides } = options;
  const limits: OperationLimits = { ...defaultOperationLimits, ...definedOnly(overrides) };
  const buckets = mutationRatePerMinute ? new TokenBuckets({ perMinute: mutationRatePerMinute }) : undefined;
  const signInBuckets = new TokenBuckets({ perMinute: signInRatePerMinute ?? 20 });
  return { parseOptions: { maxTokens: limits.maxTokens }, plugin: limitsPlugin(limits, signInBuckets, buckets) };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
