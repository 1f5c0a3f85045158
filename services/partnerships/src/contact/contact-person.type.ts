import { Field, ObjectType } from 'type-graphql';

@ObjectType('ContactPerson', { description: 'Someone to contact about a partnership; personal data, shown to its members only' })
export class ContactPerson {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Role or title' })
  role!: string | null;
}
