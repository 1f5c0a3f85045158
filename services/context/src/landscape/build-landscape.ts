import type { Db } from '../database.js';
import { termStatsFor } from '../overlap-index/overlap-terms.repository.js';
import { profileOfRow } from '../overlap-index/partnership-profile.js';
import { OverlapKind } from '../similarity/overlap-kind.js';
import { textTermsOfProfile } from '../similarity/overlap-profile.js';
import { prepareProfile } from '../similarity/prepared-profile.js';
import { scoreOverlap } from '../similarity/score-overlap.js';
import { combinedResources } from './combined-resources.js';
import { fragmentationOf } from './fragmentation.js';
import { findLandscapeRows, type LandscapeRow } from './landscape.repository.js';
import type { ContextLandscape } from './context-landscape.type.js';
import type { LandscapeCluster } from './landscape-cluster.type.js';
import type { LandscapeInitiative } from './landscape-initiative.type.js';
import type { LandscapeLink } from './landscape-link.type.js';

/** The most initiatives one landscape compares (each pair sharing a target in a country is scored). */
export const LANDSCAPE_LIMIT = 500;
/** Links at or above this score, of kind OVERLAP or DUPLICATE, join a cluster. */
const CLUSTER_SCORE = 0.35;

export interface LandscapeSelection {
  countries: string[];
  regions: string[];
  targets: string[];
  goals: string[];
  /** The countries fragmentation is reported for: those named, and those of the regions. */
  focusCountries: Set<string>;
}

export async function buildLandscape(db: Db, selection: LandscapeSelection): Promise<ContextLandscape> {
  const { rows, count } = await findLandscapeRows(db, selection, LANDSCAPE_LIMIT);
  const profiles = rows.map((row) => profileOfRow(row, row.suggested_targets));
  const stats = await termStatsFor(db, [...new Set(profiles.flatMap(textTermsOfProfile))]);
  const prepared = profiles.map((profile) => prepareProfile(profile, stats));

  // Pairs worth scoring: those sharing a target (or its goal) in a country.
  const buckets = new Map<string, number[]>();
  prepared.forEach((entry, index) => {
    for (const goal of entry.goals)
      for (const country of entry.profile.countries.length > 0 ? entry.profile.countries : ['*']) {
        const key = `${goal}@${country}`;
        buckets.set(key, [...(buckets.get(key) ?? []), index]);
      }
  });
  const links: LandscapeLink[] = [];
  const seen = new Set<string>();
  for (const members of buckets.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        // biome-ignore lint/style/noNonNullAssertion: i and j run within members
        const [a, b] = [members[i]!, members[j]!];
        const key = `${a}|${b}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // biome-ignore lint/style/noNonNullAssertion: the buckets hold indexes of rows, and prepared has one entry per row
        const [first, second, rowA, rowB] = [prepared[a]!, prepared[b]!, rows[a]!, rows[b]!];
        const scored = scoreOverlap(first, second);
        if (!scored || scored.kind === OverlapKind.COMPLEMENTARY || scored.past) continue;
        links.push({ source: rowA.partnership_id, target: rowB.partnership_id, score: scored.score, kind: scored.kind });
      }
    }
  }

  const clusterOf = clustersFrom(
    rows,
    links.filter((link) => link.score >= CLUSTER_SCORE),
  );
  const clusters = [...groupBy(rows, (row) => clusterOf.get(row.partnership_id) ?? null)]
    .flatMap(([id, members]) => (id !== null && members.length >= 2 ? [clusterOfMembers(id, members)] : []))
    .sort((a, b) => b.members.length - a.members.length || (a.id < b.id ? -1 : 1));

  return {
    initiativeCount: count,
    truncated: count > rows.length,
    initiatives: rows.map((row) => initiativeOf(row, clusterOf.get(row.partnership_id) ?? null, clusters)),
    clusters,
    links: links.sort((a, b) => b.score - a.score || (a.source + a.target < b.source + b.target ? -1 : 1)),
    fragmentation: fragmentationOf(rows, selection.focusCountries),
  };
}

/** Connected components (union-find); a cluster's id is its smallest member id, so it is stable. */
function clustersFrom(rows: readonly LandscapeRow[], links: readonly LandscapeLink[]): Map<string, string> {
  const parent = new Map(rows.map((row) => [row.partnership_id, row.partnership_id]));
  const find = (id: string): string => {
    let root = id;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    parent.set(id, root);
    return root;
  };
  for (const link of links) {
    const [a, b] = [find(link.source), find(link.target)];
    if (a === b) continue;
    const [smaller, larger] = a < b ? [a, b] : [b, a];
    parent.set(larger, smaller);
  }
  const clusterOf = new Map<string, string>();
  for (const row of rows) clusterOf.set(row.partnership_id, find(row.partnership_id));
  return clusterOf;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const heldByTwo = (lists: readonly string[][]) => {
  const counts = new Map<string, number>();
  for (const list of lists) for (const value of new Set(list)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= 2)
    .map(([value]) => value)
    .sort();
};

function clusterOfMembers(id: string, members: LandscapeRow[]): LandscapeCluster {
  return {
    id,
    members: members.map((member) => ({ id: member.partnership_id })),
    sharedTargets: heldByTwo(members.map((member) => [...member.sdg_targets, ...member.suggested_targets.map((suggested) => suggested.target)])),
    sharedCountries: heldByTwo(members.map((member) => member.countries)),
    organizationCount: new Set(members.flatMap((member) => member.organization_ids)).size,
    resources: combinedResources(members),
  };
}

function initiativeOf(row: LandscapeRow, clusterId: string | null, clusters: readonly LandscapeCluster[]): LandscapeInitiative {
  return {
    partnership: { id: row.partnership_id },
    name: row.name,
    scope: row.scope,
    phase: row.phase,
    status: row.status,
    countries: row.countries,
    sectors: row.sectors,
    sdgTargets: row.sdg_targets,
    suggestedTargets: row.suggested_targets.map((suggested) => suggested.target),
    organizationCount: row.organization_ids.length,
    resources: combinedResources([row]),
    clusterId: clusterId && clusters.some((cluster) => cluster.id === clusterId) ? clusterId : null,
  };
}
