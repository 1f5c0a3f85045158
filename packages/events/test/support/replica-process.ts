// One replica of the 'replicas' consumer in a process of its own, so a test can SIGKILL
// it in the middle of a batch. Prints "started" once it runs.
import { createDatabase } from '@msp-atlas/db';
import { EventConsumer } from '../../src/index.js';
import { replicaDefinition } from './replica-consumer.js';

const url = process.env.REPLICA_DATABASE_URL;
if (!url) throw new Error('REPLICA_DATABASE_URL is required');
const db = createDatabase<any>({ url, schema: 'some_service', poolSize: 3 });
const consumer = new EventConsumer({ db, ...replicaDefinition, ...JSON.parse(process.env.REPLICA_OPTIONS ?? '{}'), listen: { url } });
await consumer.start();
process.stdout.write('started\n');
