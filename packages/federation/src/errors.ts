import { GraphQLError } from 'graphql';

/** The error codes of the public API (see docs/design.md, "API conventions"). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
} as const;

/** Refuses input; `field` is the input path the client should fix, e.g. `input.countries[2]`. */
export function badUserInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

export function notFound(entity: string, id: string): GraphQLError {
  return new GraphQLError(`${entity} ${id} does not exist`, {
    extensions: { code: ErrorCode.NOT_FOUND, entity, id },
  });
}

export function conflict(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...details } });
}

export function forbidden(message = 'You may not do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function unauthenticated(message = 'Sign in first'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}
