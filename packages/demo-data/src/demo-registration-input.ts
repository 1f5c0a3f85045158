import type { Phase } from '@msp-atlas/msp-vocabulary';
import type { RegistrationInput } from './registration-input.js';
import type { StakeholderInput } from './registration-input.js';
import type { DemoOrganization } from './demo-organization.js';
import type { DemoPartnership, DemoStakeholder } from './demo-partnership.js';

/**
 * The registration of a demo partnership as a plain, JSON-serialisable object.
 * With `organizationIdOf`, stakeholders refer to registered organisations and the
 * secretariat names its host; without it, every organisation is new and given inline.
 * With `withDeparted`, the partners who left later are registered too (the seeding then removes them).
 */
export function registrationInputOf(
  partnership: DemoPartnership,
  options: { phase: Phase; organizationIdOf?: (organization: DemoOrganization) => string; withDeparted?: boolean },
): RegistrationInput {
  const { organizationIdOf } = options;
  const host = partnership.stakeholders.find((stakeholder) => stakeholder.hostsSecretariat);
  return {
    ...partnership.details,
    phase: options.phase,
    governance: {
      ...partnership.governance,
      secretariatHostId: host && organizationIdOf ? organizationIdOf(host.organization) : null,
    },
    stakeholders: [...partnership.stakeholders, ...(options.withDeparted ? partnership.departedStakeholders : [])].map((stakeholder) =>
      stakeholderInputOf(stakeholder, organizationIdOf),
    ),
  };
}

function stakeholderInputOf(stakeholder: DemoStakeholder, organizationIdOf: ((organization: DemoOrganization) => string) | undefined): StakeholderInput {
  const { organization } = stakeholder;
  return {
    ...(organizationIdOf
      ? { organizationId: organizationIdOf(organization) }
      : { organization: { name: organization.name, type: organization.type, country: organization.country } }),
    roles: stakeholder.roles,
    commitment: stakeholder.commitment,
    contributions: stakeholder.contributions.map((contribution) => ({ ...contribution })),
  };
}
