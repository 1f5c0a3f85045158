import { Field, InputType } from 'type-graphql';

@InputType('ContactPersonInput')
export class ContactPersonInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Role or title, e.g. "Secretariat coordinator"' })
  role?: string | null;
}
