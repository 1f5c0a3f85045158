import { describe, expect, it } from 'vitest';
import { emptyRegistrationForm, emptyStakeholder } from './registration-form';
import { toRegistrationInput } from './to-registration-input';

describe('toRegistrationInput', () => {
  it('trims text, leaves out empty optional fields and blank stakeholder rows', () => {
    const form = {
      ...emptyRegistrationForm(),
      name: '  Lake Alliance ',
      website: ' ',
      objectives: 'Cleaner lake\n\n  More fish  \n',
      stakeholders: [
        emptyStakeholder(),
        { ...emptyStakeholder(), organizationName: 'Fishers Coop', organizationType: 'COMMUNITY' as const, roles: ['MEMBER' as const] },
      ],
    };
    const { input, formRowOfStakeholder } = toRegistrationInput(form);
    expect(input.name).toBe('Lake Alliance');
    expect(input.website).toBeUndefined();
    expect(input.objectives).toEqual(['Cleaner lake', 'More fish']);
    expect(input.stakeholders).toEqual([
      { organization: { name: 'Fishers Coop', type: 'COMMUNITY', country: undefined }, roles: ['MEMBER'], commitment: undefined },
    ]);
    expect(formRowOfStakeholder).toEqual([1]);
    expect(input.contacts).toEqual([]);
    expect(input).toMatchObject({ problemStatement: undefined, continuationPlan: undefined, lastEvaluatedOn: undefined });
  });

  it('sends the strategy and continuity fields trimmed', () => {
    const form = {
      ...emptyRegistrationForm(),
      problemStatement: ' Overfishing empties the lake. ',
      continuationPlan: 'Fishers cooperatives run it after 2030.',
      lastEvaluatedOn: '2025-03-31',
    };
    expect(toRegistrationInput(form).input).toMatchObject({
      problemStatement: 'Overfishing empties the lake.',
      continuationPlan: 'Fishers cooperatives run it after 2030.',
      lastEvaluatedOn: '2025-03-31',
    });
  });

  it('sends the contact person once anything of it is filled in', () => {
    const form = { ...emptyRegistrationForm(), contact: { name: ' Amina Njoroge ', email: '', phone: '', role: 'Coordinator' } };
    expect(toRegistrationInput(form).input.contacts).toEqual([{ name: 'Amina Njoroge', email: '', phone: undefined, role: 'Coordinator' }]);
  });

  it('links an existing organisation by id', () => {
    const existing = { id: 'org-1', name: 'Nairobi University', type: 'ACADEMIA' as const, country: 'KEN' };
    const form = { ...emptyRegistrationForm(), stakeholders: [{ ...emptyStakeholder(), existingOrganization: existing, roles: ['ADVISOR' as const] }] };
    expect(toRegistrationInput(form).input.stakeholders).toEqual([{ organizationId: 'org-1', roles: ['ADVISOR'], commitment: undefined }]);
  });
});
