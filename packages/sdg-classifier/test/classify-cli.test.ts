import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('npm run sdg:classify', () => {
  it('writes exactly one JSON line per input line, in order, with an error line for bad input', () => {
    const input = [
      `\uFEFF${JSON.stringify({ id: 'a', text: 'Access to safe drinking water and sanitation in rural villages.' })}`,
      'not json at all',
      JSON.stringify({ id: 'b' }),
      '',
      JSON.stringify({ id: 'c', text: 'Protecting coral reefs and fish stocks from overfishing in marine protected areas.' }),
      JSON.stringify({ id: 'd', text: "L'accès à l'eau potable et à l'assainissement", lang: 'fr' }),
    ].join('\r\n');
    const run = spawnSync('npm', ['run', '--silent', 'sdg:classify'], {
      cwd: root,
      input,
      encoding: 'utf8',
      env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true' },
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n').filter((line) => line !== '');
    expect(run.stdout.endsWith('\n')).toBe(true);
    const outputs = lines.map(
      (line) => JSON.parse(line) as { id: string | null; goals?: number[]; targets?: string[]; scores?: Record<string, number>; error?: string },
    );
    expect(outputs.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 'd']);
    expect(outputs[0]).toMatchObject({ goals: [6] });
    expect(outputs[0]!.targets).toContain('6.1');
    expect(Object.keys(outputs[0]!.scores!)).toHaveLength(17);
    expect(outputs[1]!.error).toBeTruthy();
    expect(outputs[2]!.error).toBeTruthy();
    expect(outputs[3]!.goals).toContain(14);
    expect(outputs[4]!.goals).toContain(6);
    expect(run.stderr).toMatch(/5 texts in .* texts\/s/);
  });
});
