/** The PostgreSQL schema this package owns; every query addresses it explicitly
 * because each service's connection has its own schema on the search path. */
export const eventLogSchema = 'event_log';

/** LISTEN/NOTIFY channel that wakes consumers when events are committed. */
export const eventLogChannel = 'event_log';
