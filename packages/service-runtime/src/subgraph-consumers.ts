import type { Kysely } from 'kysely';
import type { Logger } from './logger.js';

/**
 * What the skeleton needs of a background consumer (an event consumer, say): a
 * lifecycle, and optionally its own view of whether it can do its work.
 */
export interface SubgraphConsumer {
  /** Begins processing in the background; a failure here stops the service from starting. */
  start(): Promise<void>;
  /** Lets the work in progress finish (a batch commit), then stops. */
  stop(): Promise<void>;
  isReady?(): Promise<boolean>;
}

/** What a consumer factory gets to build its consumer with. */
export interface ConsumerDeps<Tables> {
  db: Kysely<Tables>;
  logger: Logger;
  /** Database URL for a LISTEN connection, so new events wake the consumer; absent: poll only. */
  listenUrl?: string;
}

export type ConsumerFactories<Tables, Consumers> = {
  [Name in keyof Consumers]: (deps: ConsumerDeps<Tables>) => Consumers[Name];
};

type ConsumerState = 'created' | 'running' | 'stopped';

/**
 * Starts and stops a service's consumers together and tells whether they all run:
 * a service whose consumers are not running is not ready, because what it serves
 * from their projections would fall behind without end.
 */
export class ConsumerLifecycle {
  private readonly states = new Map<string, ConsumerState>();

  constructor(private readonly consumers: Readonly<Record<string, SubgraphConsumer>>) {
    for (const name of Object.keys(consumers)) this.states.set(name, 'created');
  }

  /** Starts every consumer; if one cannot start, stops those already started and fails. */
  async startAll(): Promise<void> {
    for (const [name, consumer] of Object.entries(this.consumers)) {
      try {
        await consumer.start();
      } catch (error) {
        await this.stopAll();
        throw new Error(`Consumer ${name} could not start`, { cause: error });
      }
      this.states.set(name, 'running');
    }
  }

  async stopAll(): Promise<void> {
    const running = Object.entries(this.consumers).filter(([name]) => this.states.get(name) === 'running');
    await Promise.all(
      running.map(async ([name, consumer]) => {
        this.states.set(name, 'stopped');
        await consumer.stop();
      }),
    );
  }

  /** Every consumer runs and, where it says so itself, can do its work. */
  async isReady(): Promise<boolean> {
    for (const [name, consumer] of Object.entries(this.consumers)) {
      if (this.states.get(name) !== 'running') return false;
      if (consumer.isReady && !(await consumer.isReady())) return false;
    }
    return true;
  }
}
