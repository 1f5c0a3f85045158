import { registerEnumType } from 'type-graphql';

export enum SdgEvidenceSource {
  TARGET_TEXT = 'TARGET_TEXT',
  EXPERT_QUERY = 'EXPERT_QUERY',
  LEARNED_TERM = 'LEARNED_TERM',
}

registerEnumType(SdgEvidenceSource, { name: 'SdgEvidenceSource', description: 'What a piece of evidence matched' });
