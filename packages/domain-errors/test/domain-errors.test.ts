import { describe, expect, it } from 'vitest';
import { badUserInput, conflict, DomainError, forbidden, notFound, RateLimitedError, ServiceUnavailableError, unauthenticated } from '../src/index.js';

describe('domain errors', () => {
  it('carry their code and the details the API shows beside it', () => {
    const cases: [DomainError, string, Record<string, unknown>][] = [
      [badUserInput('Must not be empty', 'input.name'), 'BAD_USER_INPUT', { field: 'input.name' }],
      [notFound('Lesson', 'abc'), 'NOT_FOUND', { entity: 'Lesson', id: 'abc' }],
      [conflict('Changed', { expectedVersion: 1, actualVersion: 2 }), 'CONFLICT', { expectedVersion: 1, actualVersion: 2 }],
      [forbidden(), 'FORBIDDEN', {}],
      [unauthenticated(), 'UNAUTHENTICATED', {}],
      [new RateLimitedError('Too many', 30), 'RATE_LIMITED', { retryAfterSeconds: 30 }],
      [new ServiceUnavailableError('Down', 'sdg', 'DATABASE'), 'SERVICE_UNAVAILABLE', { service: 'sdg', reason: 'DATABASE' }],
    ];
    for (const [error, code, details] of cases) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toBeInstanceOf(Error);
      expect({ code: error.code, details: error.details }).toEqual({ code, details });
    }
  });

  it('keep the messages the API has always given', () => {
    expect(notFound('Partnership', 'x').message).toBe('Partnership x does not exist');
    expect(forbidden().message).toBe('You may not do this');
    expect(unauthenticated().message).toBe('Sign in first');
  });
});
