import { describe, expect, it } from 'vitest';
import { ConfigError, envBoolean, envPort, envSecret, envString, envUrl, loadConfig } from '../src/index.js';

const shape = {
  PORT: envPort(4001),
  DATABASE_URL: envUrl().optional(),
  SECRET: envString(),
  VERBOSE: envBoolean(false),
};

describe('loadConfig', () => {
  it('applies defaults and parses values', () => {
    const config = loadConfig(shape, { SECRET: 's', VERBOSE: 'true', DATABASE_URL: '' });
    expect(config).toEqual({ PORT: 4001, SECRET: 's', VERBOSE: true, DATABASE_URL: undefined });
  });

  it('lists every problem at once', () => {
    try {
      loadConfig(shape, { PORT: 'http', DATABASE_URL: 'not a url' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/SECRET/);
    }
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: envPort(1) }, { PORT: '70000' })).toThrow(ConfigError);
  });

  it('requires a secret long enough not to be guessed, without echoing it', () => {
    const secretShape = { GATEWAY_SECRET: envSecret() };
    expect(loadConfig(secretShape, { GATEWAY_SECRET: 'x'.repeat(32) }).GATEWAY_SECRET).toHaveLength(32);
    for (const value of [undefined, 'short-secret-value']) {
      try {
        loadConfig(secretShape, { GATEWAY_SECRET: value });
        expect.unreachable();
      } catch (error) {
        expect((error as ConfigError).problems.join('\n')).toMatch(/GATEWAY_SECRET/);
        expect((error as ConfigError).message).not.toContain('short-secret-value');
      }
    }
  });
});
