/**
 * SQLSTATEs of a server going away: admin_shutdown (a restart, or
 * pg_terminate_backend), crash_shutdown, cannot_connect_now (starting up or
 * shutting down); the whole class 08 (connection exception) is checked apart.
 */
const SERVER_GONE = new Set(['57P01', '57P02', '57P03']);

/** Socket errors of a connection that was refused, reset or never answered. */
const SOCKET_GONE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** What node-postgres says when the socket ended, or a client that lost it is used. */
const DRIVER_GONE =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Connection terminated due to connection timeout)/;

/**
 * Whether an error means the connection to PostgreSQL was lost or could not be
 * made, as opposed to a statement that failed on a working connection. Looks
 * through `cause` (an event handler's error wrapping the driver's, say).
 */
export function isConnectionError(error: unknown): boolean {
  for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 5; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (SERVER_GONE.has(code) || code.startsWith('08') || SOCKET_GONE.has(code))) return true;
    if (typeof message === 'string' && DRIVER_GONE.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
