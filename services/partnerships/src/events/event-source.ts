/** The event log's source name of every event this service appends. */
export const SOURCE = 'partnerships';
