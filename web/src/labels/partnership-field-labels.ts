import { translatedLabels } from '../i18n/translated-labels';

const PARTNERSHIP_FIELDS = [
  'name',
  'slug',
  'summary',
  'description',
  'website',
  'scope',
  'phase',
  'status',
  'countries',
  'regions',
  'sectors',
  'sdgTargets',
  'startDate',
  'endDate',
  'objectives',
  'problemStatement',
  'continuationPlan',
  'lastEvaluatedOn',
  'stakeholders',
  'governance',
  'milestones',
  'indicators',
  'contacts',
  'members',
  'progressReports',
] as const;

/** Readable names of a partnership's API fields, for error summaries and the change history. */
export const PARTNERSHIP_FIELD_LABELS: Readonly<Record<string, string>> = translatedLabels('fields', PARTNERSHIP_FIELDS);
