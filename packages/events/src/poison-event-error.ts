/**
 * Thrown by a handler for an event it can never handle (an unknown payload schema
 * version, a payload that fails its schema): the consumer parks it at once in the
 * dead-letter table instead of retrying it.
 */
export class PoisonEventError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PoisonEventError';
  }
}
