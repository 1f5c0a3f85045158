import { SUBGRAPHS } from '@msp-atlas/subgraph-manifest';
import { describe, expect, it } from 'vitest';
import { loadEnv } from '../src/env.js';
import { platformProcesses } from '../src/processes.js';

const auth = { AUTH_SIGNING_KEY_FILE: '/keys/signing.pem', FIRST_ADMIN_EMAIL: 'admin@example.org', FIRST_ADMIN_PASSWORD: 'a long passphrase' };

// `npm start` runs what the manifest lists, nothing it names by hand.
describe("npm start's processes", () => {
  it("start every subgraph of the manifest on its port, and the gateway with each one's URL", () => {
    const env = loadEnv({});
    const { subgraphs, gateway } = platformProcesses('/repo', env, 'postgres://db/msp', 'x'.repeat(64), auth);
    expect(subgraphs.map((process) => process.name)).toEqual(SUBGRAPHS.map((entry) => entry.name));
    for (const entry of SUBGRAPHS) {
      const process = subgraphs.find((candidate) => candidate.name === entry.name)!;
      expect(process.cwd).toBe(`/repo/${entry.folder}`);
      expect(process.env[entry.portVariable]).toBe(String(entry.defaultPort));
      expect(process.readyUrl).toBe(`http://127.0.0.1:${entry.defaultPort}/readyz`);
      expect(gateway.env[entry.urlVariable]).toBe(`http://127.0.0.1:${entry.defaultPort}/graphql`);
    }
    expect(gateway.env.GATEWAY_PORT).toBe('4000');
  });

  it('move a subgraph when its port variable is set, and tell the gateway', () => {
    const [entry] = SUBGRAPHS;
    const env = loadEnv({ [entry.portVariable]: '4801' });
    const { subgraphs, gateway } = platformProcesses('/repo', env, 'postgres://db/msp', 'x'.repeat(64), auth);
    expect(subgraphs[0]!.env[entry.portVariable]).toBe('4801');
    expect(gateway.env[entry.urlVariable]).toBe('http://127.0.0.1:4801/graphql');
  });

  it('hand the signing key and the first administrator to the accounts service alone', () => {
    const { subgraphs, gateway } = platformProcesses('/repo', loadEnv({}), 'postgres://db/msp', 'x'.repeat(64), auth);
    for (const process of [...subgraphs, gateway]) {
      if (process.name === 'accounts') expect(process.env).toMatchObject(auth);
      else expect(process.env).not.toHaveProperty('AUTH_SIGNING_KEY_FILE');
      // Passwords are hashed at the production cost: the cheap one is for test runs alone.
      expect(process.env).not.toHaveProperty('ACCOUNTS_PASSWORD_COST');
    }
  });
});
