import { describe, expect, it } from 'vitest';
import { matchRoute } from './match-route';

describe('matchRoute', () => {
  it('matches static paths, with or without a trailing slash', () => {
    expect(matchRoute('/', '/')).toEqual({});
    expect(matchRoute('/register', '/register/')).toEqual({});
    expect(matchRoute('/register', '/registers')).toBeNull();
  });

  it('decodes parameters and refuses empty or malformed ones', () => {
    expect(matchRoute('/partnerships/:slug', '/partnerships/kenya-water%20compact')).toEqual({ slug: 'kenya-water compact' });
    expect(matchRoute('/partnerships/:slug', '/partnerships/')).toBeNull();
    expect(matchRoute('/partnerships/:slug', '/partnerships/%E0%A4%A')).toBeNull();
    expect(matchRoute('/partnerships/:slug', '/partnerships/a/b')).toBeNull();
  });
});
