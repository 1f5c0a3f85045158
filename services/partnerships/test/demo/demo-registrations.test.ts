import { SYSTEM_ACTOR } from '@msp-atlas/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountIdentity } from '@msp-atlas/gateway-trust';
import { postGraphql, startTestSubgraph, type TestSubgraphOf } from '@msp-atlas/test-harness';
import type { Db } from '../../src/database.js';
import { demoRegistrationInputs } from '@msp-atlas/demo-data';
import { registerPartnership } from '../../src/partnership/partnership.service.js';
import { partnershipsSubgraph } from '../../src/subgraph.js';

let gatewaySecret: string;
const registrant = accountIdentity('demo-registrant', { email: 'registrant@example.org' });

const REGISTER = `mutation Register($input: RegisterPartnershipInput!) {
  registerPartnership(input: $input) { partnership { id name phase } }
}`;

describe('demoRegistrationInputs', () => {
  let subgraph: TestSubgraphOf<typeof partnershipsSubgraph>;
  let db: Db;
  let service: Awaited<ReturnType<typeof partnershipsSubgraph.start>>;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(partnershipsSubgraph, { runConsumers: true });
    ({ db, service, gatewaySecret } = subgraph);
  });
  afterAll(async () => {
    await subgraph?.close();
  });

  it('gives the number asked for, with unique names, as plain JSON with new organisations inline', () => {
    const inputs = demoRegistrationInputs(50);
    expect(inputs).toHaveLength(50);
    expect(new Set(inputs.map((input) => input.name)).size).toBe(50);
    expect(JSON.parse(JSON.stringify(inputs))).toEqual(inputs);
    for (const input of inputs) {
      expect(input.stakeholders!.length).toBeGreaterThan(0);
      expect(input.stakeholders!.every((stakeholder) => stakeholder.organization && !stakeholder.organizationId)).toBe(true);
      expect(input.governance?.secretariatHostId ?? null).toBeNull();
    }
  });

  it('is deterministic for a seed', () => {
    expect(demoRegistrationInputs(20, 7)).toEqual(demoRegistrationInputs(20, 7));
    expect(demoRegistrationInputs(20, 7)).not.toEqual(demoRegistrationInputs(20, 8));
  });

  it('keeps names unique in a large batch', () => {
    const names = demoRegistrationInputs(3_000).map((input) => input.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives inputs that registerPartnership accepts', async () => {
    const inputs = demoRegistrationInputs(50);
    for (const input of inputs) await registerPartnership(db, SYSTEM_ACTOR, input);
    const rows = await db
      .selectFrom('partnerships')
      .select(['name', 'phase'])
      .where(
        'name',
        'in',
        inputs.map((input) => input.name),
      )
      .execute();
    expect(rows.map((row) => row.name).sort()).toEqual(inputs.map((input) => input.name).sort());
    expect(rows.some((row) => row.phase !== 'INITIATION')).toBe(true);
  });

  it('gives inputs the GraphQL API accepts as RegisterPartnershipInput', async () => {
    const inputs = demoRegistrationInputs(20, 4_242);
    for (const input of inputs) {
      const { data, errors } = await postGraphql(service.url, REGISTER, { input }, { gatewaySecret, identity: registrant });
      expect(errors).toBeUndefined();
      expect(data.registerPartnership.partnership).toMatchObject({ name: input.name, phase: input.phase });
    }
  });
});
