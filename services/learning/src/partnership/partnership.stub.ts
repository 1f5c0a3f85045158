// Kept only for health-signal/, which moves to the health service: delete once nothing imports it.
export { PartnershipReference as Partnership } from './partnership.reference.js';
