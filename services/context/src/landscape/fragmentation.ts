import type { LandscapeRow } from './landscape.repository.js';
import type { TargetFragmentation } from './target-fragmentation.type.js';

const SMALL = 3;

/**
 * Per target and country with two initiatives or more: how many, how linked by shared
 * organisations, how small, and the fragmentation figure from them (see TargetFragmentation).
 */
export function fragmentationOf(rows: readonly LandscapeRow[], countries: ReadonlySet<string> | null): TargetFragmentation[] {
  const groups = new Map<string, LandscapeRow[]>();
  for (const row of rows) {
    if (row.status !== 'ACTIVE') continue;
    const targets = new Set([...row.sdg_targets, ...row.suggested_targets.map((suggested) => suggested.target)]);
    for (const country of row.countries) {
      if (countries && !countries.has(country)) continue;
      for (const target of targets) {
        const key = `${target}|${country}`;
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
    }
  }
  const figures: TargetFragmentation[] = [];
  for (const [key, members] of groups) {
    const n = members.length;
    if (n < 2) continue;
    const [target, country] = key.split('|') as [string, string];
    let linked = 0;
    let pairs = 0;
    for (let i = 0; i < n; i++) {
      // biome-ignore lint/style/noNonNullAssertion: i runs within members
      const organizations = new Set(members[i]!.organization_ids);
      for (let j = i + 1; j < n; j++) {
        pairs++;
        // biome-ignore lint/style/noNonNullAssertion: j runs within members
        if (members[j]!.organization_ids.some((id) => organizations.has(id))) linked++;
      }
    }
    const linkedShare = linked / pairs;
    const smallShare = members.filter((member) => member.organization_ids.length <= SMALL).length / n;
    const fragmentation = (1 - 1 / n) * (1 - linkedShare) * (0.5 + 0.5 * smallShare);
    figures.push({ target, country, initiativeCount: n, linkedShare: round(linkedShare), smallShare: round(smallShare), fragmentation: round(fragmentation) });
  }
  return figures.sort(
    (a, b) => b.fragmentation - a.fragmentation || b.initiativeCount - a.initiativeCount || (a.target + a.country < b.target + b.country ? -1 : 1),
  );
}

const round = (value: number) => Math.round(value * 1000) / 1000;
