import { registerEnumType } from 'type-graphql';

export enum SdgVerdictCode {
  ALIGNED = 'ALIGNED',
  DECLARE_SUGGESTED = 'DECLARE_SUGGESTED',
  EVIDENCE_DECLARED = 'EVIDENCE_DECLARED',
  REVIEW_BOTH = 'REVIEW_BOTH',
  NO_TARGETS = 'NO_TARGETS',
  DESCRIBE_WORK = 'DESCRIBE_WORK',
}

registerEnumType(SdgVerdictCode, {
  name: 'SdgVerdictCode',
  description: "What to do about a partnership's alignment",
  valuesConfig: {
    ALIGNED: { description: 'Nothing: every declared target is borne out and the text points to no other' },
    DECLARE_SUGGESTED: { description: 'Declare the targets named, which the text points to' },
    EVIDENCE_DECLARED: { description: 'Describe the work on the targets named, or remove them' },
    REVIEW_BOTH: { description: 'Some declared targets lack evidence and others are evidenced but not declared' },
    NO_TARGETS: { description: 'Nothing is declared and the text points to no target: declare targets' },
    DESCRIBE_WORK: { description: 'The record has no text to check targets against' },
  },
});
