import type { GraphqlClient } from '@msp-atlas/test-harness';
import { registerOrganization, registerPartnership } from '@msp-atlas/gateway/testing';

/** A small registry to browse: two Kenyan-or-not partnerships with rich detail, and one more elsewhere. */
export async function seedWebPartnerships(graphql: GraphqlClient) {
  const university = await registerOrganization(graphql, { name: 'Nairobi University', type: 'ACADEMIA', country: 'KEN' });
  const water = await registerPartnership(graphql, {
    name: 'Kenya Water Compact',
    summary: 'Safe drinking water and sanitation for rural Turkana',
    description: 'Boreholes, water kiosks and school sanitation in Turkana county.\n\nCounty government, utilities and communities share the work.',
    website: 'https://water-compact.example.org',
    scope: 'NATIONAL',
    phase: 'IMPLEMENTATION',
    countries: ['KEN'],
    regions: [],
    sectors: ['140'],
    sdgTargets: ['6.1', '6.2', '3.9'],
    startDate: '2023-03-01',
    endDate: '2028-12-31',
    objectives: ['Safe water within 500 m for 40,000 people', 'Sanitation in 60 schools'],
    governance: { mouSignedOn: '2023-02-15', decisionMaking: 'STEERING_COMMITTEE', communicationChannels: ['Monthly newsletter', 'Quarterly partner meeting'] },
    milestones: [
      { title: 'Drill the first 20 boreholes', dueOn: '2024-06-30', status: 'ACHIEVED' },
      { title: 'Water kiosks in every ward', dueOn: '2026-12-31', status: 'IN_PROGRESS' },
    ],
    indicators: [{ name: 'People with safe water', unit: 'people', baseline: 5000, target: 40000, sdgIndicatorCode: '6.1.1' }],
    stakeholders: [
      {
        organization: { name: 'Ministry of Water, Sanitation and Irrigation', type: 'GOVERNMENT', country: 'KEN' },
        roles: ['INITIATOR', 'CORE_GROUP', 'FUNDER'],
        commitment: 'Co-finances boreholes and hosts the steering committee',
        contributions: [{ kind: 'FINANCIAL', amount: 600000, currency: 'USD', description: 'Borehole co-financing' }],
      },
      {
        organization: { name: 'Blue Horizon Foundation', type: 'PHILANTHROPY', country: 'NLD' },
        roles: ['FUNDER'],
        contributions: [{ kind: 'FINANCIAL', amount: 200000, currency: 'USD' }],
      },
      { organizationId: university.id, roles: ['ADVISOR'], commitment: 'Water quality testing', contributions: [{ kind: 'STAFF_TIME', personDays: 120 }] },
      { organization: { name: 'Turkana Water Users Association', type: 'COMMUNITY', country: 'KEN' }, roles: ['MEMBER', 'IMPLEMENTER'] },
    ],
  });
  const coffee = await registerPartnership(graphql, {
    name: 'Peru Coffee Smallholders',
    summary: 'Fair prices and climate-resilient farming for coffee growers',
    scope: 'NATIONAL',
    phase: 'DESIGN',
    countries: ['PER'],
    sectors: ['311'],
    sdgTargets: ['2.3', '13.1'],
    stakeholders: [{ organization: { name: 'Andes Coffee Cooperative', type: 'COMMUNITY', country: 'PER' }, roles: ['INITIATOR'] }],
  });
  const energy = await registerPartnership(graphql, {
    name: 'East Africa Clean Energy',
    summary: 'Solar mini-grids for off-grid villages',
    scope: 'REGIONAL',
    phase: 'INITIATION',
    countries: ['UGA', 'TZA'],
    sectors: ['232'],
    sdgTargets: ['7.1', '7.2'],
    stakeholders: [{ organization: { name: 'Solar Ltd', type: 'PRIVATE_SECTOR', country: 'UGA' }, roles: ['IMPLEMENTER'] }],
  });
  return { university, water, coffee, energy };
}
