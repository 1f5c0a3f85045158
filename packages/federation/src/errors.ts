// The refusals are domain errors (`@msp-atlas/domain-errors`), plain classes that know
// nothing of GraphQL; the subgraph's error formatting (`@msp-atlas/service-runtime`)
// gives them their `extensions`. Re-exported here for code that reads them from here.
export { badUserInput, conflict, ErrorCode, forbidden, notFound, unauthenticated } from '@msp-atlas/domain-errors';
