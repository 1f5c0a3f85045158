import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { checkOperation } from './check-operation.js';
import { rateLimited } from './limit-errors.js';
import { measureOperation } from './measure-operation.js';
import type { OperationLimits } from './operation-limits.js';
import type { TokenBuckets } from '@msp-atlas/service-runtime';

export interface LimitsContext {
  /** The caller's remote address, the key for per-client rate limits. */
  clientAddress?: string;
  /** The signed-in account, whose mutations share one budget wherever they come from. */
  caller?: { identity: { accountId: string | null } };
}

/**
 * Refuses an operation once it is parsed, validated and chosen, but before the
 * gateway plans it or calls any subgraph (planning happens in execution).
 */
export function limitsPlugin(limits: OperationLimits, signInBuckets: TokenBuckets, mutationBuckets?: TokenBuckets): ApolloServerPlugin<LimitsContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          // Without a matching operation Apollo refuses the request itself, before executing.
          if (!operation) return;
          checkOperation(measureOperation({ schema, document, operation, variables: request.variables }), limits);
          if (operation.operation === 'mutation' && hasSignInField(operation)) {
            // Here, not in the accounts service: only the gateway knows the client's address.
            const byClient = signInBuckets.take(contextValue.clientAddress ?? 'unknown');
            if (!byClient.allowed) throw rateLimited(byClient.retryAfterSeconds, 'Too many sign-in attempts from this client');
          }
          if (mutationBuckets && operation.operation === 'mutation' && !onlySessionFields(operation)) {
            const byClient = mutationBuckets.take(`client:${contextValue.clientAddress ?? 'unknown'}`);
            if (!byClient.allowed) throw rateLimited(byClient.retryAfterSeconds);
            const accountId = contextValue.caller?.identity.accountId;
            const byAccount = accountId ? mutationBuckets.take(`account:${accountId}`) : byClient;
            if (!byAccount.allowed) throw rateLimited(byAccount.retryAfterSeconds, 'Too many changes from this account');
          }
        },
      };
    },
  };
}

// Sign-in and friends have budgets of their own (per client here, per e-mail and per
// operation in the accounts service); counting them as changes too would let a few
// sign-ins use up a client's budget for changes.
const SESSION_FIELDS = new Set(['signUp', 'signIn', 'renewToken', 'signOut']);
const SIGN_IN_FIELDS = new Set(['signUp', 'signIn']);

function hasSignInField(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && SIGN_IN_FIELDS.has(selection.name.value));
}

function onlySessionFields(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && SESSION_FIELDS.has(selection.name.value));
}
