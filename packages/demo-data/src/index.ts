// Generated, fictional partnerships (seeded, so the same seed gives the same data): the
// partnerships service seeds its demo data set with them, the benchmarks register them.
export { buildDemoPartnerships } from './build-demo-partnerships.js';
export { buildOrganizationPool } from './demo-organization-pool.js';
export { demoRegistrationInputs } from './demo-registrations.js';
export { registrationInputOf } from './demo-registration-input.js';
export type { DemoOrganization } from './demo-organization.js';
export type { DemoPartnership, DemoProgressReport, DemoSelfAssessment, DemoStakeholder, PhaseStep } from './demo-partnership.js';
export type { RegistrationInput, StakeholderInput } from './registration-input.js';
export { buildDemoLessons, type DemoLesson } from './lessons/build-demo-lessons.js';
export { buildDemoPartnershipSet, DEMO_PARTNERSHIP_SET } from './demo-partnership-set.js';
