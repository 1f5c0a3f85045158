import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from './domain-error.js';

// Short names for the common refusals, read as `throw badUserInput(...)`.

export function badUserInput(message: string, field: string): BadUserInputError {
  return new BadUserInputError(message, field);
}

export function notFound(entity: string, id: string): NotFoundError {
  return new NotFoundError(entity, id);
}

export function conflict(message: string, details: Record<string, unknown> = {}): ConflictError {
  return new ConflictError(message, details);
}

export function forbidden(message?: string): ForbiddenError {
  return new ForbiddenError(message);
}

export function unauthenticated(message?: string): UnauthenticatedError {
  return new UnauthenticatedError(message);
}
