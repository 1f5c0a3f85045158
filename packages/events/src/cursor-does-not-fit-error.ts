/**
 * The cursor names a transaction this cluster has not reached: the database was
 * restored or moved from another cluster, whose transaction ids ran higher. Events
 * appended now would sort before the cursor and be skipped, so the consumer refuses to
 * run instead, until the projection is rebuilt from the start.
 */
export class CursorDoesNotFitError extends Error {
  constructor(
    readonly consumer: string,
    readonly cursorTxId: string,
    readonly nextTxId: string,
  ) {
    super(
      `Event consumer ${consumer}: its cursor is at transaction ${cursorTxId}, but this database has only reached ` +
        `transaction ${nextTxId}: it was restored or moved from another cluster, and new events would be skipped. ` +
        `Rebuild the projection from the start: npm run replay -- ${consumer}`,
    );
    this.name = 'CursorDoesNotFitError';
  }
}
