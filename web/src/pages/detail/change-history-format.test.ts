import { describe, expect, it } from 'vitest';
import { changeActionLabel, changeFieldLabel, formatChangeValue } from './change-history-format';

describe('change history in words', () => {
  it('names actions and fields, list items by the name the page knows', () => {
    expect(changeActionLabel('changePhase')).toBe('changed the phase');
    expect(changeActionLabel('renameSomething')).toBe('rename something');
    expect(changeFieldLabel('sdgTargets')).toBe('SDG targets');
    expect(changeFieldLabel('mouSignedOn')).toBe('Mou signed on');
    const names = new Map([['org-1', 'Nairobi University']]);
    expect(changeFieldLabel('stakeholders[org-1]', names)).toBe('Stakeholder: Nairobi University');
    expect(changeFieldLabel('stakeholders[org-2]', names)).toBe('Stakeholder');
    expect(changeFieldLabel('invitations[inv-1]')).toBe('Invitation');
  });

  it('shows codes by name, lists joined and objects as pairs', () => {
    expect(formatChangeValue('phase', 'FURTHER_DEVELOPMENT')).toBe('Further development');
    expect(formatChangeValue('countries', ['KEN', 'UGA'])).toBe('Kenya, Uganda');
    expect(formatChangeValue('endDate', null)).toBe('—');
    expect(formatChangeValue('objectives', [])).toBe('—');
    expect(formatChangeValue('governance', { mouSignedOn: '2024-01-31', decisionMaking: null, communicationChannels: [] })).toBe(
      '(mou signed on: 31 Jan 2024)',
    );
    expect(formatChangeValue('stakeholders[x]', { roles: ['FUNDER'], commitment: 'Money', contributions: [] })).toBe('(roles: Funder; commitment: Money)');
    expect(formatChangeValue('members', ['acc-1', 'acc-2'], new Map([['acc-1', 'Amina']]))).toBe('Amina, acc-2');
  });
});
