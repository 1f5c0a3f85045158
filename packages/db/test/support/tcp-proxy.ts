import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the test's PostgreSQL, standing in for a server that
 * goes away and comes back: `stop()` resets every connection through it and
 * refuses new ones, `start()` listens again on the same port. Other databases on
 * the shared server are not touched.
 */
export interface TcpProxy {
  /** `url` with its host and port replaced by the proxy's. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const listening = createServer((downstream) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        const pair = [downstream, upstream];
        for (const socket of pair) {
          sockets.add(socket);
          socket.on('error', () => {
            for (const each of pair) each.destroy();
          });
          socket.on('close', () => {
            sockets.delete(socket);
            for (const each of pair) each.destroy();
          });
        }
        downstream.pipe(upstream).pipe(downstream);
      });
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as { port: number }).port;
        server = listening;
        resolve();
      });
    });

  await listen();
  const url = new URL(targetUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    async stop() {
      const closing = server;
      server = null;
      // A reset, as a crashed or restarted server's connections end.
      for (const socket of sockets) socket.resetAndDestroy();
      await new Promise<void>((resolve) => (closing ? closing.close(() => resolve()) : resolve()));
    },
    async start() {
      if (!server) await listen();
    },
  };
}
