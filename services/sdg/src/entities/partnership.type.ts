// Kept only for health-signal/, which moves to the health service: delete this folder once nothing imports it.
export { PartnershipReference as Partnership } from '../alignment/partnership.reference.js';
