/** An event as a service appends it, in the transaction that changed the aggregate. */
export interface NewEvent<P = unknown> {
  type: string;
  aggregateType: string;
  aggregateId: string;
  /** The aggregate's version after the change; consumers apply events idempotently by it. */
  aggregateVersion: number;
  /** The version of the payload's schema for this type; 1 when left out. */
  schemaVersion?: number;
  payload: P;
}

export interface StoredEvent<P = unknown> extends NewEvent<P> {
  schemaVersion: number;
  /** Global id; unique, but not the delivery order (see EventPosition). */
  seq: number;
  /** The producing service, e.g. 'partnerships'. */
  source: string;
  occurredAt: Date;
}

/** A place in the log: events are delivered in (txId, seq) order. txId is an xid8,
 * carried as a decimal string because it may exceed 2^53. */
export interface EventPosition {
  txId: string;
  seq: number;
}
