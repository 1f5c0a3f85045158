import { describe, expect, it } from 'vitest';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import { toFormRows } from './field-path';
import { registrationFieldLabel } from './registration-field-label';

const problem = (field: string, message = 'Wrong') => ({ field, message, code: 'BAD_USER_INPUT' });

describe('API field paths in the registration form', () => {
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
    expect(toFormRows(problem('input.stakeholders[1].roles'), [0, 2]).field).toBe('input.stakeholders[2].roles');
    expect(toFormRows(problem('input.name'), [0, 2]).field).toBe('input.name');
  });

  it('names paths for the error summary', () => {
    expect(registrationFieldLabel('input.endDate')).toBe('End date');
    expect(registrationFieldLabel('input.countries[1]')).toBe('Countries (entry 2)');
    expect(registrationFieldLabel('input.stakeholders[0].organization.name')).toBe('Stakeholder 1: organisation name');
    expect(registrationFieldLabel(undefined)).toBe('Registration');
  });
});
