// Kept only for overlap-summary/'s health signal resolver, which moves to the health service: delete once nothing imports it.
export { PartnershipReference } from './partnership.reference.js';
