import { ANONYMOUS, signGatewayRequest } from '@msp-atlas/gateway-trust';

/**
 * Calls the accounts service's gateway-only routes over loopback or the private
 * network, signed like every subgraph request; answers within `timeoutMs` or fails.
 */
export class AccountsClient {
  constructor(
    /** The accounts subgraph's GraphQL URL; the routes sit next to it on the same origin. */
    private readonly accountsUrl: string,
    private readonly gatewaySecret: string,
    private readonly timeoutMs = 2_000,
  ) {}

  urlOf(path: string): URL {
    return new URL(path, this.accountsUrl);
  }

  async get(path: string): Promise<{ status: number; body: unknown }> {
    return this.send(path, { method: 'GET' });
  }

  async post(path: string, body: unknown): Promise<{ status: number; body: unknown }> {
    return this.send(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  }

  private async send(path: string, init: { method: string; body?: string; headers?: Record<string, string> }) {
    const response = await fetch(this.urlOf(path), {
      ...init,
      headers: { ...init.headers, ...signGatewayRequest({ secret: this.gatewaySecret, identity: ANONYMOUS }) },
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  }
}
