import { textTermsOf } from './text-terms.js';
import type { SuggestedTarget } from '../overlap-index/sdg-suggestions.table.js';

/** An initiative in the one comparable form the index holds and a draft is turned into. */
export interface OverlapProfile {
  /** Null for a draft. */
  id: string | null;
  name: string;
  summary: string;
  description: string;
  objectives: string[];
  scope: string;
  status: string;
  countries: string[];
  regions: string[];
  sectors: string[];
  declaredTargets: string[];
  /** From the SDG service; none for a draft. */
  suggestedTargets: SuggestedTarget[];
  organizationIds: string[];
  leadOrganizationIds: string[];
  startDate: string | null;
  /** `textTermsOf(fullTextOf(profile))`, when already known. */
  textTerms?: string[];
}

/** Targets with their weight: declared ones 1, suggested ones their score (at most 0.8). */
export function weightedTargets(profile: OverlapProfile): Map<string, number> {
  const weights = new Map<string, number>();
  for (const { target, score } of profile.suggestedTargets) weights.set(target, Math.min(0.8, score));
  for (const target of profile.declaredTargets) weights.set(target, 1);
  return weights;
}

export function goalOf(target: string): string {
  // biome-ignore lint/style/noNonNullAssertion: split returns at least one part
  return target.split('.')[0]!;
}

/** The terms of everything the text comparison reads. */
export function textTermsOfProfile(profile: OverlapProfile): string[] {
  return profile.textTerms ?? textTermsOf(fullTextOf(profile));
}

/** Everything the text comparison reads, in one string. */
export function fullTextOf(profile: OverlapProfile): string {
  return [profile.name, profile.summary, profile.description, ...profile.objectives].join('\n');
}
