import { createHash } from 'node:crypto';
import type { PartnershipSnapshot, StakeholderSnapshot } from '@msp-atlas/event-contracts';
import { buildDemoPartnerships, buildOrganizationPool, type DemoOrganization, type DemoPartnership } from '@msp-atlas/demo-data';
import { benchRandom, type BenchRandom } from '@msp-atlas/bench-harness';
import { germanVariant } from './german-variant.js';
import { rewriteName, rewriteText, withSynonyms } from './rewrite-text.js';

/** A stable UUID from a text, so a run with the same seed gives the same ids. */
export function uuidOf(text: string): string {
  const hex = createHash('sha1').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface LabelledSet {
  partnerships: PartnershipSnapshot[];
  /** [original, planted copy]: the same initiative registered twice. */
  duplicates: { original: string; copy: string; german: boolean }[];
  /** [existing, planted]: another initiative on the same targets in the same place, worded otherwise. */
  overlaps: { existing: string; planted: string }[];
}

const LEAD_ROLES = ['INITIATOR', 'CORE_GROUP'];

function snapshotOf(id: string, partnership: DemoPartnership, organizationId: (organization: DemoOrganization) => string): PartnershipSnapshot {
  const { details } = partnership;
  return {
    id,
    slug: `bench-${id.slice(0, 8)}`,
    name: details.name,
    summary: details.summary ?? '',
    description: details.description ?? '',
    objectives: details.objectives ?? [],
    phase: partnership.phase,
    status: 'ACTIVE',
    scope: details.scope,
    countries: details.countries ?? [],
    regions: details.regions ?? [],
    sectors: details.sectors ?? [],
    sdgTargets: details.sdgTargets ?? [],
    startDate: details.startDate ?? null,
    endDate: details.endDate ?? null,
    problemStatement: null,
    continuationPlan: null,
    lastEvaluatedOn: null,
    isDemo: true,
    stakeholders: partnership.stakeholders.map((stakeholder) => ({
      organizationId: organizationId(stakeholder.organization),
      organizationType: stakeholder.organization.type,
      country: stakeholder.organization.country,
      roles: stakeholder.roles,
      contributions: stakeholder.contributions.map(({ kind, amount, currency, personDays }) => ({ kind, amount, currency, personDays })),
    })),
  };
}

/** Where the summary says it works ("... in Kisumu."), the place its texts name. */
const placeOf = (snapshot: PartnershipSnapshot) => /\bin (.+)\.$/.exec(snapshot.summary)?.[1] ?? snapshot.countries[0] ?? '';
const shiftDate = (date: string | null, days: number) => (date ? new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10) : null);

/**
 * The same initiative as another partner registers it: its text rewritten (synonyms,
 * sentences shuffled and one left out) or written in German, the name reworded,
 * another organisation as lead, a partner more or less, the start moved by weeks.
 */
function plantDuplicate(
  random: BenchRandom,
  original: PartnershipSnapshot,
  id: string,
  german: boolean,
  localPartners: readonly StakeholderSnapshot[],
): PartnershipSnapshot {
  let stakeholders = original.stakeholders.map((stakeholder) => ({ ...stakeholder, roles: stakeholder.roles.filter((role) => !LEAD_ROLES.includes(role)) }));
  if (stakeholders.length >= 3 && random.chance(0.5)) stakeholders.splice(random.int(0, stakeholders.length - 1), 1);
  const extra = localPartners.filter((partner) => !stakeholders.some((stakeholder) => stakeholder.organizationId === partner.organizationId));
  if (extra.length > 0 && random.chance(0.5)) stakeholders.push({ ...random.pick(extra), roles: ['MEMBER'] });
  const formerLeads = new Set(
    original.stakeholders.filter((stakeholder) => stakeholder.roles.some((role) => LEAD_ROLES.includes(role))).map((stakeholder) => stakeholder.organizationId),
  );
  const newLead = stakeholders.find((stakeholder) => !formerLeads.has(stakeholder.organizationId)) ?? stakeholders[stakeholders.length - 1]!;
  newLead.roles = [...new Set(['INITIATOR', 'CORE_GROUP', ...newLead.roles])];
  stakeholders = random.shuffle(stakeholders);

  const place = placeOf(original);
  const translated = german ? germanVariant(original.sdgTargets[0]!, place) : null;
  const targets = original.sdgTargets.length > 1 && random.chance(0.3) ? original.sdgTargets.slice(0, -1) : original.sdgTargets;
  return {
    ...original,
    id,
    slug: `bench-${id.slice(0, 8)}`,
    name: translated?.name ?? rewriteName(random, original.name, original.name.startsWith(place) ? place : original.name.split(' ')[0]!),
    summary: translated?.summary ?? withSynonyms(random, original.summary),
    description: translated?.description ?? rewriteText(random, original.description),
    objectives: translated
      ? []
      : random
          .shuffle(original.objectives)
          .slice(0, Math.max(1, original.objectives.length - 1))
          .map((objective) => withSynonyms(random, objective)),
    sdgTargets: targets,
    startDate: shiftDate(original.startDate, random.int(20, 150) * (random.chance(0.5) ? 1 : -1)),
    stakeholders,
  };
}

/**
 * Another initiative on the same problem in the same place: the text of a partnership in
 * the same field elsewhere, moved to this place and reworded; partners from the place;
 * its own name and start.
 */
function plantOverlap(
  random: BenchRandom,
  existing: PartnershipSnapshot,
  donor: PartnershipSnapshot,
  id: string,
  localPartners: readonly StakeholderSnapshot[],
): PartnershipSnapshot {
  const from = placeOf(donor);
  const to = placeOf(existing);
  const donorLabel = donor.name.split(' ')[0]!;
  const existingLabel = existing.name.split(' ')[0]!;
  const move = (text: string) => text.replaceAll(from, to).replaceAll(donorLabel, existingLabel);
  const sentences = donor.description.split(/(?<=[.!?])\s+/).filter((sentence) => !sentence.startsWith('The partnership was initiated'));
  const partners = random.shuffle(localPartners).slice(0, random.int(2, 4));
  return {
    ...donor,
    id,
    slug: `bench-${id.slice(0, 8)}`,
    name: rewriteName(random, move(donor.name), null),
    summary: withSynonyms(random, move(donor.summary), 0.4),
    description: rewriteText(random, move(sentences.join(' '))),
    objectives: donor.objectives.map((objective) => withSynonyms(random, move(objective), 0.4)),
    scope: existing.scope,
    countries: existing.countries,
    regions: existing.regions,
    sdgTargets: [existing.sdgTargets[0]!, ...donor.sdgTargets.slice(1).filter((target) => target !== existing.sdgTargets[0])],
    startDate: shiftDate(existing.startDate, random.int(400, 2_000) * (random.chance(0.5) ? 1 : -1)),
    stakeholders: partners.map((partner, index) => ({ ...partner, roles: index === 0 ? ['INITIATOR', 'CORE_GROUP'] : ['MEMBER'] })),
  };
}

/**
 * Demo partnerships from the generator (partners drawn from one pool, so they recur as
 * in a real registry), with duplicates and overlaps planted among them.
 */
export function buildLabelledSet(options: { seed: number; base: number; duplicates: number; overlaps: number }): LabelledSet {
  const pool = buildOrganizationPool(options.seed);
  const organizationId = (organization: DemoOrganization) => uuidOf(`organization:${organization.name}`);
  const demo = buildDemoPartnerships(options.base, { seed: options.seed, today: '2026-12-01', chooseOrganization: pool.choose });
  const base = demo.map((partnership, index) => snapshotOf(uuidOf(`bench:${options.seed}:${index}`), partnership, organizationId));
  const random = benchRandom(options.seed * 7 + 1);
  const partnersIn = (countries: readonly string[]) =>
    pool.organizations
      .filter((organization) => organization.country && countries.includes(organization.country))
      .map(
        (organization): StakeholderSnapshot => ({
          organizationId: organizationId(organization),
          organizationType: organization.type,
          country: organization.country,
          roles: ['MEMBER'],
          contributions: [],
        }),
      );

  const chosen = random.shuffle(base.map((_, index) => index));
  const duplicates: LabelledSet['duplicates'] = [];
  const overlaps: LabelledSet['overlaps'] = [];
  const planted: PartnershipSnapshot[] = [];
  for (const index of chosen.slice(0, options.duplicates)) {
    const original = base[index]!;
    const german = duplicates.length % 4 === 3;
    const copy = plantDuplicate(random, original, uuidOf(`duplicate:${original.id}`), german, partnersIn(original.countries));
    planted.push(copy);
    duplicates.push({ original: original.id, copy: copy.id, german });
  }
  for (const index of chosen.slice(options.duplicates, options.duplicates + options.overlaps)) {
    const existing = base[index]!;
    const donors = base.filter(
      (other) => other.sdgTargets[0] === existing.sdgTargets[0] && other.countries.every((country) => !existing.countries.includes(country)),
    );
    if (donors.length === 0) continue;
    const overlap = plantOverlap(random, existing, random.pick(donors), uuidOf(`overlap:${existing.id}`), partnersIn(existing.countries));
    planted.push(overlap);
    overlaps.push({ existing: existing.id, planted: overlap.id });
  }
  return { partnerships: [...base, ...planted], duplicates, overlaps };
}

/** `count` generated partnerships as the registry's events would carry them, partners from one pool. */
export function demoSnapshots(count: number, seed: number): PartnershipSnapshot[] {
  const pool = buildOrganizationPool(seed);
  const organizationId = (organization: DemoOrganization) => uuidOf(`organization:${organization.name}`);
  return buildDemoPartnerships(count, { seed, today: '2026-12-01', chooseOrganization: pool.choose }).map((partnership, index) =>
    snapshotOf(uuidOf(`bulk:${seed}:${index}`), partnership, organizationId),
  );
}
