import { HEALTH_RULES } from '@msp-atlas/partnership-health';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '@msp-atlas/test-harness';
import { startPlatform, type Platform } from '@msp-atlas/gateway/testing';

// The demo data set, loaded as `npm start` loads it, shows every status a rule can give
// somewhere, once the services have read it: the overview a national platform sees.

const OVERVIEW = `{ healthOverview(groupBy: PHASE) { partnerships cells { factor strong adequate weak missing notYetExpected } } }`;
const FIELD_OF_STATUS = { STRONG: 'strong', ADEQUATE: 'adequate', WEAK: 'weak', MISSING: 'missing', NOT_YET_EXPECTED: 'notYetExpected' } as const;
// Only until the context service's summariser has compared a partnership: never for good.
const TRANSIENT = new Set(['CONTEXT_ALIGNMENT:MISSING']);
const SETTLE_MS = 240_000;

let platform: Platform;
let demoCount: number;
beforeAll(async () => {
  // The registry and the learning library load their demo data at start, as `npm start` has them.
  platform = await startPlatform({ settings: { partnerships: { SEED_DEMO_DATA: true }, learning: { SEED_DEMO_DATA: true } } });
  demoCount = dataOf(await platform.graphql('{ partnerships(filter: { isDemo: true }, first: 1) { totalCount } }')).partnerships.totalCount;
}, 180_000);
afterAll(() => platform?.stop());

/** The factor:status pairs that no demo partnership shows yet. */
async function statusesNotShown(): Promise<string[]> {
  const { healthOverview } = dataOf(await platform.graphql(OVERVIEW));
  const shown = new Set<string>();
  for (const cell of healthOverview.cells) {
    for (const [status, field] of Object.entries(FIELD_OF_STATUS)) if (cell[field] > 0) shown.add(`${cell.factor}:${status}`);
  }
  return HEALTH_RULES.flatMap((rule) => rule.statuses.map((status) => `${rule.factor}:${status}`)).filter((pair) => !shown.has(pair) && !TRANSIENT.has(pair));
}

describe('health of the demo data', () => {
  it('shows every status of every factor somewhere once the services have read it', { timeout: SETTLE_MS + 30_000 }, async () => {
    const deadline = Date.now() + SETTLE_MS;
    let missing = await statusesNotShown();
    while (missing.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      missing = await statusesNotShown();
    }
    expect(missing).toEqual([]);
    expect(dataOf(await platform.graphql(OVERVIEW)).healthOverview.partnerships).toBe(demoCount);
  });
});
