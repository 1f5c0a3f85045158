import { Agent, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createLogger, startHttpService } from '../src/index.js';

/** A GET over `agent`, resolving with the body once the answer is complete. */
function get(agent: Agent, url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { agent }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve(body));
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('startHttpService', () => {
  it('closes once the requests in flight are answered, though their clients keep connections alive', { timeout: 10_000 }, async () => {
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    let arrived: () => void = () => {};
    const inFlight = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const service = await startHttpService({
      name: 'slow',
      host: '127.0.0.1',
      port: 0,
      logger: createLogger('slow', 'silent'),
      routes: [
        async (_request, response, url) => {
          if (url.pathname !== '/slow') return false;
          arrived();
          await answered;
          response.end('done');
          return true;
        },
      ],
    });
    // As the gateway's fetcher does: one socket, kept open between requests.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const body = get(agent, `${service.url}/slow`);
      await inFlight;
      const closed = service.close().then(() => Date.now());
      const answeredAt = Date.now();
      answer();
      expect(await body).toBe('done');
      // Well inside the server's keep-alive timeout (65 s), which an idle kept-alive socket would otherwise wait out.
      expect((await closed) - answeredAt).toBeLessThan(2_000);
      expect(service.server.listening).toBe(false);
    } finally {
      agent.destroy();
    }
  });
});
