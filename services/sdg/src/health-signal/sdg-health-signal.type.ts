import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('SdgHealthSignal', {
  description: "The figures the health check reads from the SDG service's last published reading of the partnership",
})
export class SdgHealthSignal {
  @Field(() => Int, { description: 'The registry version of the partnership the reading was made from' })
  partnershipVersion!: number;

  @Field(() => Int, { description: 'SDG targets the partnership declares' })
  declaredTargets!: number;

  @Field(() => Int, { description: 'Declared targets its own text evidences' })
  evidencedDeclaredTargets!: number;

  @Field(() => Int, { description: 'Targets its text evidences that it does not declare' })
  suggestedUndeclaredTargets!: number;
}
