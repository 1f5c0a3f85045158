import { describe, expect, it } from 'vitest';
import { byIdLoader, groupedLoader } from '../src/index.js';

const a = '5d0b5b2e-1111-4111-8111-111111111111';
const b = '5d0b5b2e-2222-4222-8222-222222222222';

describe('batch loaders', () => {
  it('load rows by id in one call, null for missing ones, never passing on what is not a UUID', async () => {
    const calls: string[][] = [];
    const loader = byIdLoader(async (ids) => {
      calls.push(ids);
      return ids.filter((id) => id === a).map((id) => ({ id, name: 'A' }));
    });
    expect(await Promise.all([loader.load(a), loader.load(b), loader.load('nope')])).toEqual([{ id: a, name: 'A' }, null, null]);
    expect(calls).toEqual([[a, b]]);
  });

  it('group rows by their parent, an empty list for parents without any', async () => {
    let calls = 0;
    const loader = groupedLoader(
      async () => {
        calls += 1;
        return [
          { parent: a, n: 1 },
          { parent: a, n: 2 },
        ];
      },
      (row) => row.parent,
    );
    expect(await Promise.all([loader.load(a), loader.load(b)])).toEqual([
      [
        { parent: a, n: 1 },
        { parent: a, n: 2 },
      ],
      [],
    ]);
    expect(calls).toBe(1);
  });
});
