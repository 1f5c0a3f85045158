import { goalOf, textTermsOfProfile, weightedTargets, type OverlapProfile } from './overlap-profile.js';
import { textTermsOf } from './text-terms.js';

/** Where a profile works, as keys: its countries, or `*` for a global one without any. */
export function placeKeysOf(profile: OverlapProfile): string[] {
  if (profile.countries.length > 0) return profile.countries;
  if (profile.regions.length > 0) return profile.regions.map((region) => `r${region}`);
  return ['*'];
}

/**
 * The postings of a profile in the inverted index, a function of the profile alone.
 * Compound terms (target at a place, goal at a place, sector at a place) are what makes
 * candidates selective: "6.1 in Kenya" is rare where "6.1" and "Kenya" are not.
 */
export function indexTermsOf(profile: OverlapProfile): string[] {
  const terms = new Set<string>();
  const places = placeKeysOf(profile);
  const targets = [...weightedTargets(profile).keys()];
  for (const target of targets) {
    terms.add(`t:${target}`);
    for (const place of places) {
      terms.add(`tc:${target}@${place}`);
      terms.add(`gc:${goalOf(target)}@${place}`);
    }
  }
  for (const sector of profile.sectors) for (const place of places) terms.add(`sc:${sector}@${place}`);
  for (const organization of profile.organizationIds) terms.add(`o:${organization}`);
  for (const term of textTermsOf(profile.name)) terms.add(`n:${term}`);
  for (const term of textTermsOfProfile(profile)) terms.add(term);
  return [...terms];
}

/** How much a shared term of each kind says about two initiatives doing the same thing. */
export function termKindWeight(term: string): number {
  if (term.startsWith('o:')) return 3;
  if (term.startsWith('tc:')) return 2.5;
  if (term.startsWith('n:')) return 1.5;
  if (term.startsWith('gc:') || term.startsWith('sc:')) return 1;
  if (term.startsWith('t:')) return 0.8;
  if (term.startsWith('c:')) return 0.6;
  return 1;
}
