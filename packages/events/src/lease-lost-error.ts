/**
 * Another instance took over the consumer's lease (this one stalled past the expiry), or
 * a replay ended it: whatever this instance had not committed is rolled back and done by
 * the new holder.
 */
export class LeaseLostError extends Error {
  constructor(readonly consumer: string) {
    super(`Event consumer ${consumer} lost its lease; the batch in progress was rolled back`);
    this.name = 'LeaseLostError';
  }
}
