/** What a lesson is tagged with, validated codes only. */
export interface LessonTags {
  kind: string;
  language: string;
  phases: readonly string[];
  successFactors: readonly string[];
  sdgGoals: readonly string[];
  sdgTargets: readonly string[];
  countries: readonly string[];
  sectors: readonly string[];
}

/** The prefixes of the `tags` column: one per kind of tag, so one array holds all. */
export const TagPrefix = {
  kind: 'kind:',
  language: 'lang:',
  phase: 'phase:',
  successFactor: 'factor:',
  sdgGoal: 'goal:',
  sdgTarget: 'target:',
  country: 'country:',
  sector: 'sector:',
} as const;

/** The `tags` column of a lesson: every tag, prefixed by its kind. */
export function prefixedTags(tags: LessonTags): string[] {
  return [
    TagPrefix.kind + tags.kind,
    TagPrefix.language + tags.language,
    ...tags.phases.map((code) => TagPrefix.phase + code),
    ...tags.successFactors.map((code) => TagPrefix.successFactor + code),
    ...tags.sdgGoals.map((code) => TagPrefix.sdgGoal + code),
    ...tags.sdgTargets.map((code) => TagPrefix.sdgTarget + code),
    ...tags.countries.map((code) => TagPrefix.country + code),
    ...tags.sectors.map((code) => TagPrefix.sector + code),
  ];
}
