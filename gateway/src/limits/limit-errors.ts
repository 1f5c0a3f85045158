import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** An operation over one of the limits; 400, since sending it again cannot succeed. */
export function operationTooComplex(limit: string, maximum: number, actual: number): GraphQLError {
  return new GraphQLError(`The operation exceeds the gateway's ${limit} limit (${actual} > ${maximum})`, {
    extensions: { code: 'OPERATION_TOO_COMPLEX', limit, maximum, actual, http: { status: 400 } },
  });
}

/** Too many requests of a kind from one client or account; 429 with `retry-after` so clients and proxies can back off. */
export function rateLimited(retryAfterSeconds: number, what = 'Too many changes from this client'): GraphQLError {
  return new GraphQLError(`${what}; try again in ${retryAfterSeconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
