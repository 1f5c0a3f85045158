import { GraphQLError } from 'graphql';

/** A token was sent but does not hold: 401, so clients know to sign in again. */
export function invalidToken(reason: string): GraphQLError {
  return new GraphQLError(`The access token is not valid: ${reason}. Sign in again.`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}
