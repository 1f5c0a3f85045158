import { describe, expect, it } from 'vitest';
import { ConfigError, envBoolean, envPort, envString, envUrl, loadConfig } from '../src/index.js';

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
});
