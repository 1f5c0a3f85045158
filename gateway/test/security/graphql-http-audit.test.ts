import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, sharedPlatform, type SharedPlatform, startPlatform } from '../../src/testing/index.js';

type FailedAudit = Extract<AuditResult, { reason: string }>;

let development: SharedPlatform;
let production: Platform;
beforeAll(async () => {
  [development, production] = await Promise.all([sharedPlatform(), startPlatform({ gatewayOptions: { production: true } })]);
});
afterAll(() => production?.stop());

async function audit(url: string): Promise<{ run: number; failed: FailedAudit[] }> {
  const results: AuditResult[] = [];
  for (const each of serverAudits({ url })) results.push(await each.fn());
  return { run: results.length, failed: results.filter((result): result is FailedAudit => result.status !== 'ok') };
}

const describeAudit = (result: FailedAudit) => `${result.status} ${result.id} ${result.name}: ${result.reason}`;
const errorsOf = (failed: FailedAudit[]) => failed.filter((result) => result.status === 'error');

describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  it('has no errors; warnings and notices are printed for gateway/README.md', async () => {
    const { run, failed } = await audit(development.gatewayUrl);
    console.info(`graphql-http audits: ${run} run, ${run - failed.length} ok\n${failed.map(describeAudit).join('\n')}`);
    expect(errorsOf(failed).map(describeAudit)).toEqual([]);
  });

  it('in production mode fails only the two audits that query `__type`, since introspection is off there', async () => {
    const { failed } = await audit(production.gatewayUrl);
    expect(
      errorsOf(failed)
        .map((result) => result.id)
        .sort(),
    ).toEqual(['28B9', 'BF61']);
  });
});
