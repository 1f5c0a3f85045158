import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '@msp-atlas/test-harness';
import { PARTNERSHIP_FIELDS, registerOrganization, registerPartnership, sharedPlatform, type SharedPlatform } from '@msp-atlas/gateway/testing';
import { eventsOf } from './registry-snapshot.js';

let platform: SharedPlatform;
beforeAll(async () => {
  platform = await sharedPlatform();
});

describe('registerPartnership', () => {
  it('stores the whole record and returns it', async () => {
    const host = await registerOrganization(platform.member.graphql, { name: 'Kenya Water Forum', type: 'CIVIL_SOCIETY' });
    const partnership = await registerPartnership(platform.member.graphql, {
      name: 'Lake Basin Água Alliance',
      summary: 'Clean water for the lake basin',
      description: 'Long description of the work.',
      website: 'https://example.org/water',
      phase: 'DESIGN',
      scope: 'REGIONAL',
      countries: ['ken', 'UGA', 'KEN'],
      regions: ['014'],
      sectors: ['140'],
      sdgTargets: ['6.b', '6.1', '3.9'],
      startDate: '2024-01-15',
      endDate: '2028-12-31',
      objectives: ['Halve unsafe water use'],
      governance: {
        secretariatHostId: host.id,
        secretariatStaffCount: 3,
        mouSignedOn: '2024-03-01',
        decisionMaking: 'CONSENSUS',
        communicationChannels: ['Monthly call'],
      },
      milestones: [{ title: 'Baseline survey', dueOn: '2024-06-30' }],
      indicators: [{ name: 'Households with safe water', unit: '%', baseline: 40, target: 80, sdgIndicatorCode: '6.1.1' }],
      stakeholders: [
        { organizationId: host.id, roles: ['SECRETARIAT', 'CORE_GROUP'], commitment: 'Hosts the secretariat' },
        {
          organization: { name: 'Ministry of Water', type: 'GOVERNMENT', country: 'KEN' },
          roles: ['CORE_GROUP', 'FUNDER'],
          contributions: [
            { kind: 'FINANCIAL', amount: 300000, currency: 'KES' },
            { kind: 'STAFF_TIME', personDays: 120 },
          ],
        },
      ],
    });
    expect(partnership).toMatchObject({
      slug: 'lake-basin-agua-alliance',
      phase: 'DESIGN',
      status: 'ACTIVE',
      countries: ['KEN', 'UGA'],
      regions: ['014'],
      sdgTargets: ['3.9', '6.1', '6.b'],
      sdgGoals: ['3', '6'],
      website: 'https://example.org/water',
      version: 1,
      isDemo: false,
      governance: { secretariat: { staffCount: 3, host: { id: host.id } }, mouSignedOn: '2024-03-01', decisionMaking: 'CONSENSUS' },
      phaseHistory: [{ fromPhase: null, toPhase: 'DESIGN', changedOn: '2024-01-15' }],
      milestones: [{ title: 'Baseline survey', dueOn: '2024-06-30', status: 'PLANNED' }],
      indicators: [{ name: 'Households with safe water', sdgIndicatorCode: '6.1.1', baseline: 40, target: 80 }],
    });
    expect(partnership.stakeholders).toHaveLength(2);
    expect(partnership.stakeholders[1].organization).toMatchObject({ name: 'Ministry of Water', type: 'GOVERNMENT', country: 'KEN' });
    expect(partnership.stakeholders[1].contributions).toEqual([
      { kind: 'FINANCIAL', amount: 300000, currency: 'KES', personDays: null, description: '' },
      { kind: 'STAFF_TIME', amount: null, currency: null, personDays: 120, description: '' },
    ]);
    expect(partnership.fundingConcentration).toEqual([
      expect.objectContaining({ currency: 'KES', totalAmount: 300000, funderCount: 1, largestFunderShare: 1, herfindahlIndex: 1 }),
    ]);

    const read = dataOf(await platform.member.graphql(`query($id: ID!) { partnership(id: $id) { ${PARTNERSHIP_FIELDS} } }`, { id: partnership.id }));
    expect(read.partnership).toEqual(partnership);
    const bySlug = dataOf(await platform.member.graphql(`query { partnershipBySlug(slug: "lake-basin-agua-alliance") { id } }`));
    expect(bySlug.partnershipBySlug.id).toBe(partnership.id);
  });

  it('appends an event carrying the new state in the same transaction', async () => {
    const partnership = await registerPartnership(platform.member.graphql, { sdgTargets: ['2.4'] });
    const events = await eventsOf(platform.dbs.partnerships, partnership.id);
    expect(events).toEqual([expect.objectContaining({ type: 'PartnershipRegistered', aggregate_version: 1, source: 'partnerships' })]);
    expect(events[0]!.payload.partnership).toMatchObject({ id: partnership.id, sdgTargets: ['2.4'], phase: 'INITIATION' });
  });

  it('derives a free slug when the name repeats', async () => {
    const first = await registerPartnership(platform.member.graphql, { name: 'Same Name Compact' });
    const second = await registerPartnership(platform.member.graphql, { name: 'Same Name Compact' });
    expect([first.slug, second.slug]).toEqual(['same-name-compact', 'same-name-compact-2']);
  });

  it('returns null for an unknown id or slug', async () => {
    const data = dataOf(
      await platform.member.graphql(
        `{ a: partnership(id: "3f1c9a4e-0000-4000-8000-000000000000") { id } b: partnership(id: "nope") { id } c: partnershipBySlug(slug: "nope") { id } }`,
      ),
    );
    expect(data).toEqual({ a: null, b: null, c: null });
  });
});
