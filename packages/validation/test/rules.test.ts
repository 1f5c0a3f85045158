import { describe, expect, it } from 'vitest';
import { datesInOrder, emailAddress, knownCodes, notNegative, optionalPhone, optionalText, optionalWebsite, requiredText, textList } from '../src/index.js';

const refusal = (field: string) => expect.objectContaining({ code: 'BAD_USER_INPUT', field });

describe('input rules', () => {
  it('trim text and refuse empty or overlong values at their field', () => {
    expect(requiredText('  Water  ', 'input.name')).toBe('Water');
    expect(() => requiredText('   ', 'input.name')).toThrow(refusal('input.name'));
    expect(() => requiredText('x'.repeat(201), 'input.name')).toThrow(/At most 200/);
    expect(optionalText(null, 'input.summary', 10)).toBe('');
    expect(() => optionalText('x'.repeat(11), 'input.summary', 10)).toThrow(refusal('input.summary'));
    expect(() => textList(['one', ' '], 'input.objectives')).toThrow(refusal('input.objectives[1]'));
  });

  it('take http(s) addresses only', () => {
    expect(optionalWebsite(' https://example.org ', 'input.website')).toBe('https://example.org/');
    expect(optionalWebsite('', 'input.website')).toBeNull();
    expect(() => optionalWebsite('example', 'input.website')).toThrow(/Not a web address/);
    expect(() => optionalWebsite('ftp://example.org', 'input.website')).toThrow(/Only http and https/);
  });

  it('normalise known codes, drop repeats and name the unknown one', () => {
    const isKnown = (code: string) => ['KEN', 'UGA'].includes(code);
    expect(knownCodes([' ken', 'UGA', 'KEN'], 'input.countries', isKnown, 'country')).toEqual(['KEN', 'UGA']);
    expect(() => knownCodes(['KEN', 'ZZZ'], 'input.countries', isKnown, 'country')).toThrow(refusal('input.countries[1]'));
  });

  it('check numbers, date order, e-mail addresses and phone numbers', () => {
    expect(() => notNegative(-1, 'input.amount')).toThrow(refusal('input.amount'));
    expect(() => notNegative(Number.NaN, 'input.amount')).toThrow(refusal('input.amount'));
    expect(() => datesInOrder('2026-02-01', '2026-01-01', 'input.endDate')).toThrow(refusal('input.endDate'));
    expect(() => datesInOrder('2026-01-01', null, 'input.endDate')).not.toThrow();
    expect(emailAddress(' amina@example.org ', 'input.email')).toBe('amina@example.org');
    expect(() => emailAddress('amina@example', 'input.email')).toThrow(/Not an e-mail address/);
    expect(optionalPhone('+254 (20) 123-456', 'input.phone')).toBe('+254 (20) 123-456');
    expect(optionalPhone('', 'input.phone')).toBeNull();
    expect(() => optionalPhone('call me', 'input.phone')).toThrow(refusal('input.phone'));
  });
});
