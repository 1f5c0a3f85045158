import { Field, InputType } from 'type-graphql';
import { OrganizationType } from '../domain/enums.js';

@InputType('NewOrganizationInput')
export class NewOrganizationInput {
  @Field(() => String)
  name!: string;

  @Field(() => OrganizationType)
  type!: OrganizationType;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3' })
  country?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;
}
