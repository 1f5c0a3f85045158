import type { ErrorCode } from './error-code.js';

/**
 * A refusal the code raises on purpose, in terms of the domain: which rule, which
 * field, which record. It knows nothing of GraphQL; the subgraph's error formatting
 * turns it into an error with `extensions.code` and the `details` beside it.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  /** What the client may act on besides the code (`field`, `entity`, `actualVersion`, ...). */
  get details(): Readonly<Record<string, unknown>> {
    return {};
  }
}

/** The input is refused; `field` is the input path the client should fix, e.g. `input.countries[2]`. */
export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';

  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'BadUserInputError';
  }

  override get details() {
    return { field: this.field };
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';

  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} does not exist`);
    this.name = 'NotFoundError';
  }

  override get details() {
    return { entity: this.entity, id: this.id };
  }
}

/** The record changed since the version the client based its change on, or the change contradicts what is stored. */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';

  constructor(
    message: string,
    private readonly conflictDetails: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ConflictError';
  }

  override get details() {
    return this.conflictDetails;
  }
}

/** Signed in, but without the right to do this. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';

  constructor(message = 'You may not do this') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** Anonymous where an account is needed. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';

  constructor(message = 'Sign in first') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';

  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'RateLimitedError';
  }

  override get details() {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** Something this service needs is down; the client may try again shortly. */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE';

  constructor(
    message: string,
    readonly service: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = 'ServiceUnavailableError';
  }

  override get details() {
    return { service: this.service, reason: this.reason };
  }
}
