import type { RegistrationInput } from './registration-input.js';
import { buildDemoPartnerships } from './build-demo-partnerships.js';
import { registrationInputOf } from './demo-registration-input.js';
import { todayUtc } from './iso-dates.js';
import { chooseNewOrganization } from './inline-organization-chooser.js';

/** Differs from the seed of the demo data, so generated names do not repeat the seeded ones. */
const DEFAULT_SEED = 10_000;

/**
 * `count` registrations of fictional partnerships, each with its own new
 * organisations given inline, in the phase the partnership has reached, as plain
 * objects ready to send as GraphQL `RegistrationInput`. Names are unique.
 */
export function demoRegistrationInputs(count: number, seed = DEFAULT_SEED): RegistrationInput[] {
  return buildDemoPartnerships(count, { seed, today: todayUtc(), chooseOrganization: chooseNewOrganization }).map((partnership) =>
    registrationInputOf(partnership, { phase: partnership.phase }),
  );
}
