import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/password/password-hash.js';

// Cheap parameters where the cost is not the point: the format and the checks are.
const cheap = { logN: 10, r: 8, p: 1 };

describe('password hashes', () => {
  it('verifies the right password only, with a new salt every time', async () => {
    const first = await hashPassword('correct horse battery', cheap);
    const second = await hashPassword('correct horse battery', cheap);
    expect(first).not.toBe(second);
    expect(await verifyPassword('correct horse battery', first)).toBe(true);
    expect(await verifyPassword('correct horse batterY', first)).toBe(false);
  });

  it('keeps verifying hashes made with other parameters', async () => {
    const stored = await hashPassword('an older password', { logN: 11, r: 4, p: 2 });
    expect(stored.startsWith('scrypt$11$4$2$')).toBe(true);
    expect(await verifyPassword('an older password', stored)).toBe(true);
  });

  it('treats a composed and a decomposed accent as the same password', async () => {
    const stored = await hashPassword('caf\u00e9 au lait ok', cheap);
    expect(await verifyPassword('cafe\u0301 au lait ok', stored)).toBe(true);
  });

  it('refuses stored values that are not its hashes', async () => {
    for (const stored of ['', 'plain', 'bcrypt$10$abc', 'scrypt$15$8$1$$']) {
      expect(await verifyPassword('anything at all', stored)).toBe(false);
    }
  });
});
