import { OverlapReasonKind } from '../similarity/overlap-kind.js';
import type { OverlapReasonValue, ScoredOverlap } from '../similarity/score-overlap.js';
import type { Overlap } from './overlap.type.js';

const list = (codes: string[]) => codes.join(', ');

function textOf(reason: OverlapReasonValue): string {
  switch (reason.kind) {
    case OverlapReasonKind.SHARED_TARGETS:
      return `Both serve SDG targets ${list(reason.codes)}`;
    case OverlapReasonKind.SHARED_GOALS:
      return `Both serve SDG goals ${list(reason.codes)}`;
    case OverlapReasonKind.SHARED_COUNTRIES:
      return `Both work in ${list(reason.codes)}`;
    case OverlapReasonKind.SHARED_REGIONS:
      return `Both work in region ${list(reason.codes)}`;
    case OverlapReasonKind.DIFFERENT_SCOPE:
      return `It works at ${reason.codes[0]?.toLowerCase()} scale, this one at ${reason.codes[1]?.toLowerCase()} scale`;
    case OverlapReasonKind.SHARED_SECTORS:
      return `Both work in sectors ${list(reason.codes)}`;
    case OverlapReasonKind.SHARED_ORGANIZATIONS:
      return `${reason.codes.length} organisation${reason.codes.length === 1 ? '' : 's'} take part in both`;
    case OverlapReasonKind.SAME_LEAD:
      return 'The same organisation leads both';
    case OverlapReasonKind.SIMILAR_NAME:
      return 'Their names are alike';
    case OverlapReasonKind.MATCHING_TEXT:
      return `“${reason.passage}” matches “${reason.matchedPassage}”`;
    case OverlapReasonKind.CLOSE_START_DATE:
      return `It started close in time, on ${reason.codes[0]}`;
    case OverlapReasonKind.PAST_INITIATIVE:
      return `A past initiative (${reason.codes[0]?.toLowerCase()})`;
  }
}

const ORGANIZATION_REASONS: readonly string[] = [OverlapReasonKind.SHARED_ORGANIZATIONS, OverlapReasonKind.SAME_LEAD];

export function toOverlap(scored: ScoredOverlap): Overlap {
  return {
    partnership: { id: scored.partnershipId },
    score: scored.score,
    kind: scored.kind,
    past: scored.past,
    reasons: scored.reasons.map((reason) => ({
      kind: reason.kind,
      text: textOf(reason),
      codes: reason.codes,
      organizations: ORGANIZATION_REASONS.includes(reason.kind) ? reason.codes.map((id) => ({ id })) : [],
      passage: reason.passage,
      matchedPassage: reason.matchedPassage,
    })),
  };
}
