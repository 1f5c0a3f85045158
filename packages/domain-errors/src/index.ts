export { ErrorCode } from './error-code.js';
export {
  BadUserInputError,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ServiceUnavailableError,
  UnauthenticatedError,
} from './domain-error.js';
export { badUserInput, conflict, forbidden, notFound, unauthenticated } from './refusals.js';
