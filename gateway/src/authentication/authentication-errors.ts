import { GraphQLError } from 'graphql';

/** A token was sent but does not hold: 401, so clients know to sign in again. */
export function invalidToken(reason: string): GraphQLError {
  return new GraphQLError(`The access token is not valid: ${reason}. Sign in again.`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/**
 * The gateway cannot vouch for a token now (the accounts service's feed of sign-outs
 * is out of date, or its key cannot be fetched): 503, and the token is not at fault,
 * so clients keep it and try again.
 */
export function accountsUnavailable(): GraphQLError {
  return new GraphQLError('The accounts service is unavailable, so signed-in requests cannot be checked; try again shortly', {
    extensions: { code: 'SERVICE_UNAVAILABLE', service: 'accounts', reason: 'ACCESS_FEED', http: { status: 503 } },
  });
}
