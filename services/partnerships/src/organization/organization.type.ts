import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { OrganizationType } from '../domain/enums.js';

@Directive('@key(fields: "id")')
@ObjectType('Organization', {
  description: 'An organisation taking part in partnerships; one record shared by all its partnerships',
})
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganizationType)
  type!: OrganizationType;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code of the home country' })
  country!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => Boolean, { description: 'Fictional record from the demo data set' })
  isDemo!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}
