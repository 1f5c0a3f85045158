import { describe, expect, it } from 'vitest';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import { toFormRows } from './field-path';
import { inputFieldLabel } from './input-field-label';

const problem = (field: string, message = 'Wrong') => ({ field, message, code: 'BAD_USER_INPUT' });

describe('API field paths in the partnership forms', () => {
  it('turns a path into a DOM id', () => {
    expect(fieldIdFor('input.endDate')).toBe('field-input-endDate');
    expect(fieldIdFor('input.stakeholders[0].organization.name')).toBe('field-input-stakeholders-0-organization-name');
  });

  it('gives a list control the problems of its items, and nothing of its neighbours', () => {
    const problems = [problem('input.countries[1]', 'Unknown country "XYZ"'), problem('input.countriesExtra'), problem('input.endDate')];
    expect(messagesAt(problems, 'input.countries')).toEqual(['Unknown country "XYZ"']);
    expect(messagesAt(problems, 'input.endDate')).toEqual(['Wrong']);
  });

  it('renumbers stakeholders from the request to the form rows', () => {
    expect(toFormRows(problem('input.stakeholders[1].roles'), 'stakeholders', [0, 2]).field).toBe('input.stakeholders[2].roles');
    expect(toFormRows(problem('input.name'), 'stakeholders', [0, 2]).field).toBe('input.name');
    expect(toFormRows(problem('input.contacts[1].email'), 'stakeholders', [0, 2]).field).toBe('input.contacts[1].email');
    expect(toFormRows(problem('input.contacts[1].email'), 'contacts', [1, 3]).field).toBe('input.contacts[3].email');
  });

  it('names paths for the error summary', () => {
    expect(inputFieldLabel('input.endDate', 'Registration')).toBe('End date');
    expect(inputFieldLabel('input.countries[1]', 'Registration')).toBe('Countries (entry 2)');
    expect(inputFieldLabel('input.stakeholders[0].organization.name', 'Registration')).toBe('Stakeholder 1: organisation name');
    expect(inputFieldLabel('input.contacts[1].email', 'Registration')).toBe('Contact person 2: e-mail address');
    expect(inputFieldLabel(undefined, 'Registration')).toBe('Registration');
  });
});
