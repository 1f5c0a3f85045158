import type { Db } from '../database.js';
import { candidatesSharing, DF_CAP, termStatsFor } from '../overlap-index/overlap-terms.repository.js';
import { findIndexedPartnerships } from '../overlap-index/partnership-index.repository.js';
import { profileOfRow } from '../overlap-index/partnership-profile.js';
import { indexTermsOf, termKindWeight } from '../similarity/index-terms.js';
import { textTermsOfProfile, type OverlapProfile } from '../similarity/overlap-profile.js';
import { prepareProfile } from '../similarity/prepared-profile.js';
import { scoreOverlap, withMatchingPassages, type ScoredOverlap } from '../similarity/score-overlap.js';

export { DF_CAP };
/** The rarest terms of the profile that select candidates. */
export const QUERY_TERMS = 32;
/** Candidates scored exactly. */
export const CANDIDATES = 150;

/**
 * The partnerships sharing the most weight of the rare terms among `terms` (weighted by
 * kind and rarity), best first: the candidates an overlap query scores exactly.
 */
export async function candidateIdsFor(db: Db, terms: readonly string[], options: { exclude: string | null; limit: number }): Promise<string[]> {
  const queryStats = await termStatsFor(db, terms);
  const weighted = terms
    .map((term) => ({ term, df: queryStats.df(term) }))
    .filter(({ df }) => df > 0 && df <= DF_CAP)
    .map(({ term, df }) => ({ term, weight: termKindWeight(term) * Math.log(1 + queryStats.partnerships / df) }))
    .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
    .slice(0, QUERY_TERMS);
  return candidatesSharing(db, weighted, options);
}

/** Every candidate scored exactly, best first, with what the matching passages need. */
async function scoreCandidates(db: Db, profile: OverlapProfile) {
  const candidateIds = await candidateIdsFor(db, indexTermsOf(profile), { exclude: profile.id, limit: CANDIDATES });
  const rows = await findIndexedPartnerships(db, candidateIds);
  const candidates = rows.map((row) => profileOfRow(row, row.suggested_targets));

  // One look-up for every text term the exact scores weigh.
  const textTerms = new Set(textTermsOfProfile(profile));
  for (const candidate of candidates) for (const term of textTermsOfProfile(candidate)) textTerms.add(term);
  const stats = await termStatsFor(db, [...textTerms]);
  const source = prepareProfile(profile, stats);
  const scored = candidates
    .map((candidate) => {
      const prepared = prepareProfile(candidate, stats);
      const scored = scoreOverlap(source, prepared);
      return scored && { scored, prepared };
    })
    .filter((entry) => entry !== null)
    .sort((a, b) => b.scored.score - a.scored.score || (a.scored.partnershipId < b.scored.partnershipId ? -1 : 1));
  return { source, scored };
}

/**
 * The initiatives most like `profile`, best first: candidates from the inverted index
 * (rare shared terms, weighted by kind and rarity), then the exact score of each.
 */
export async function findOverlaps(db: Db, profile: OverlapProfile, first: number): Promise<ScoredOverlap[]> {
  const { source, scored } = await scoreCandidates(db, profile);
  return scored.slice(0, first).map(({ scored, prepared }) => withMatchingPassages(source, prepared, scored));
}

/** Every scored candidate of a registered partnership, without passages (the summariser counts them); none while it is not indexed. */
export async function allOverlapsOfPartnership(db: Db, partnershipId: string): Promise<ScoredOverlap[] | null> {
  const [row] = await findIndexedPartnerships(db, [partnershipId]);
  if (!row) return null;
  return (await scoreCandidates(db, profileOfRow(row, row.suggested_targets))).scored.map(({ scored }) => scored);
}

/** A registered partnership's overlaps; none while the index does not hold it yet. */
export async function findOverlapsOfPartnership(db: Db, partnershipId: string, first: number): Promise<ScoredOverlap[]> {
  const [row] = await findIndexedPartnerships(db, [partnershipId]);
  if (!row) return [];
  return findOverlaps(db, profileOfRow(row, row.suggested_targets), first);
}
