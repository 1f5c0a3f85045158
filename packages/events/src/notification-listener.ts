import pg from 'pg';
import { backoffDelay } from './backoff.js';

export interface NotificationListenerOptions {
  url: string;
  channel: string;
  applicationName: string;
  onNotification: () => void;
  /** Called after every (re)connect: notifications sent while disconnected are lost. */
  onListening: () => void;
  onError: (error: unknown) => void;
}

/**
 * A dedicated connection that LISTENs on one channel (a pooled connection would be
 * handed to other queries) and reconnects with back-off whenever it drops.
 */
export class NotificationListener {
  private client: pg.Client | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private closed = true;

  constructor(private readonly options: NotificationListenerOptions) {}

  /** Resolves after the first attempt; if it failed, retries continue in the background. */
  async start(): Promise<void> {
    this.closed = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const { url, channel, applicationName } = this.options;
    // keepAlive notices a server that vanished without closing the socket; the
    // connect timeout keeps an unreachable server from stalling the reconnects.
    const client = new pg.Client({ connectionString: url, application_name: applicationName, keepAlive: true, connectionTimeoutMillis: 10_000 });
    // Without a listener an 'error' event would crash the process.
    client.on('error', () => {});
    // Attached before LISTEN so nothing that arrives right after it is missed.
    client.on('notification', (message) => {
      if (message.channel === channel && this.client === client) this.options.onNotification();
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`listen ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.client !== client) return;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('LISTEN connection ended')));
    this.failures = 0;
    this.options.onListening();
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== client) return; // already handled, or stopped
    this.client = null;
    client.end().catch(() => {});
    if (this.closed) return;
    this.options.onError(error);
    this.failures += 1;
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = null;
        if (!this.closed) void this.connect();
      },
      backoffDelay(this.failures, 250, 10_000),
    );
  }
}
