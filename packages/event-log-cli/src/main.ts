// `npm run replay -- <consumer>` and `npm run events -- <command>`: the event-log
// commands of packages/events, given the platform's consumers.
import { runEventLogCommand } from '@msp-atlas/events';
import { connectPlatformConsumers } from './platform-consumers.js';
import { openPlatformDatabase, type PlatformDatabase } from './platform-database.js';

let database: PlatformDatabase | null = null;
let exitCode = 1;
try {
  database = await openPlatformDatabase();
  const groups = await connectPlatformConsumers(database.url);
  try {
    exitCode = await runEventLogCommand(process.argv.slice(2), groups, (line) => console.log(line));
  } finally {
    await Promise.all(groups.map((group) => group.db.destroy()));
  }
} catch (error) {
  console.error((error as Error).message);
} finally {
  await database?.embedded?.stop();
}
process.exit(exitCode);
