import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModelArtefacts } from '../scripts/build-model-artefacts.js';

describe('the shipped model', () => {
  it('is what scripts/build-model.ts builds from the shipped data (run npm run build-model when this fails)', () => {
    const built = buildModelArtefacts();
    for (const [name, content] of Object.entries(built)) {
      expect(readFileSync(new URL(`../model/${name}`, import.meta.url), 'utf8') === content, `model/${name} is stale`).toBe(true);
    }
  }, 60_000);
});
