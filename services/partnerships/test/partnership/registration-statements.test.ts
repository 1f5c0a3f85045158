import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Viewer, viewerActor } from '@msp-atlas/access';
import { createTestDatabase, type TestDatabase } from '@msp-atlas/test-harness';
import type { Db } from '../../src/database.js';
import { Scope } from '../../src/domain/enums.js';
import { registerPartnership } from '../../src/partnership/partnership.service.js';
import type { RegisterPartnershipInput } from '../../src/partnership/register-partnership.input.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';
import { newAccount } from '../support/accounts.js';

// Registration is the busiest write: its cost must not grow with what a partnership lists.

let testDb: TestDatabase;
let db: Db;
let statements = 0;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = partnershipsSubgraph.connect(testDb.url, {
    poolSize: 2,
    onQuery: (event) => {
      if (event.level === 'query') statements += 1;
    },
  });
  await partnershipsSubgraph.migrate(db);
});
afterAll(async () => {
  await db?.destroy();
  await testDb?.drop();
});

const registration = (items: number) =>
  ({
    name: `Listing ${items} of each`,
    scope: Scope.NATIONAL,
    countries: ['KEN'],
    milestones: Array.from({ length: items }, (_, index) => ({ title: `Milestone ${index}` })),
    indicators: Array.from({ length: items }, (_, index) => ({ name: `Indicator ${index}` })),
    contacts: Array.from({ length: items }, (_, index) => ({ name: `Contact ${index}`, email: `contact-${index}@example.org` })),
    stakeholders: Array.from({ length: items }, (_, index) => ({
      organization: { name: `Organisation ${items}-${index}`, type: 'CIVIL_SOCIETY' },
      roles: ['MEMBER'],
      contributions: [{ kind: 'IN_KIND', description: 'Meeting rooms' }],
    })),
  }) as unknown as RegisterPartnershipInput;

async function statementsOf(action: () => Promise<unknown>): Promise<number> {
  const before = statements;
  await action();
  return statements - before;
}

describe('registerPartnership', () => {
  it('runs a fixed number of SQL statements, however many items the partnership lists', async () => {
    const actor = viewerActor(new Viewer(newAccount()));
    const one = await statementsOf(() => registerPartnership(db, actor, registration(1)));
    const five = await statementsOf(() => registerPartnership(db, actor, registration(5)));
    expect(five).toBe(one);
    // begin, slug, partnership, phase, milestones, indicators, stakeholders (repeat
    // check, organisations, stakeholders, contributions), contacts, first member, the
    // event's snapshot and its details (milestones, indicators, reports, phase entry,
    // removals, money: six), events, change record, commit.
    expect(one).toBe(22);
  });
});
