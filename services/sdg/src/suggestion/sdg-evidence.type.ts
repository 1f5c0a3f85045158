import { Field, Int, ObjectType } from 'type-graphql';
import { SdgEvidenceSource } from './sdg-evidence-source.js';
import { SdgTextField } from './sdg-text-field.js';

@ObjectType('SdgEvidence', { description: 'Why a goal or target was suggested: a passage of the text and what it matched' })
export class SdgEvidence {
  @Field(() => String, { description: 'The words of the text that matched, as written there' })
  phrase!: string;

  @Field(() => SdgTextField, {
    nullable: true,
    description: "For a partnership's alignment, the field of its record the passage is in; null for text given to suggestSdgAlignment",
  })
  field!: SdgTextField | null;

  @Field(() => Int, { description: 'Where the passage starts (UTF-16 offset in the text, or in the field), for highlighting' })
  start!: number;

  @Field(() => Int, { description: 'Where it ends, exclusive' })
  end!: number;

  @Field(() => SdgEvidenceSource)
  source!: SdgEvidenceSource;

  @Field(() => String, { description: 'The goal or target code of what was matched, e.g. "6" or "6.1"' })
  sourceCode!: string;

  @Field(() => String, { description: 'A readable form of what was matched' })
  matched!: string;
}
