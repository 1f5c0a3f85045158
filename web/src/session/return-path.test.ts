import { describe, expect, it } from 'vitest';
import { renewalDelayMs } from './renewal';
import { safeReturnPath } from './return-path';
import { returnSearch } from './return-search';

describe('the page to return to after signing in', () => {
  it('accepts paths of this app only', () => {
    expect(safeReturnPath('/register')).toBe('/register');
    expect(safeReturnPath('/partnerships/kenya-water?x=1')).toBe('/partnerships/kenya-water?x=1');
    for (const outside of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', null, undefined]) {
      expect(safeReturnPath(outside)).toBe('/');
    }
  });

  it('is carried in the query string, never for the home page', () => {
    expect(returnSearch('/partnerships/a b')).toEqual({ next: '/partnerships/a b' });
    expect(returnSearch('/')).toEqual({});
    expect(returnSearch('https://evil.example')).toEqual({});
  });
});

describe('token renewal', () => {
  it('happens a minute before the token expires, at once when that has passed', () => {
    expect(renewalDelayMs(15 * 60_000, 0)).toBe(14 * 60_000);
    expect(renewalDelayMs(30_000, 0)).toBe(0);
  });
});
