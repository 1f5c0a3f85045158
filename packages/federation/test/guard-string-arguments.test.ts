import 'reflect-metadata';
import { buildSchema, execute, parse, type GraphQLSchema } from 'graphql';
import { Arg, Directive, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildFederatedSchema, guardStringArguments, MAX_STRING_LENGTH } from '../src/index.js';

@InputType('GuardedItemInput')
class ItemInput {
  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType('GuardedSaveInput')
class SaveInput {
  @Field(() => String)
  name!: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];

  @Field(() => [ItemInput], { nullable: true })
  items?: ItemInput[];
}

@Directive('@key(fields: "id")')
@ObjectType('GuardedThing')
class Thing {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => String, { nullable: true })
  echo(@Arg('text', () => String) text: string): string {
    return text;
  }

  @Query(() => Thing, { nullable: true })
  thing(@Arg('id', () => ID) id: string): Thing {
    return Object.assign(new Thing(), { id });
  }

  @Mutation(() => String, { nullable: true })
  save(@Arg('input', () => SaveInput) input: SaveInput): string {
    return input.name;
  }
}

const schemaOf = () =>
  buildFederatedSchema({ resolvers: [ThingResolver], validate: false }, { GuardedThing: { __resolveReference: (reference: Thing) => reference } });

async function run(schema: GraphQLSchema, document: string, variableValues: Record<string, unknown>) {
  return execute({ schema, document: parse(document), variableValues });
}

const ECHO = 'query($text: String!) { echo(text: $text) }';
const SAVE = 'mutation($input: GuardedSaveInput!) { save(input: $input) }';

describe('the string guard of every subgraph (buildFederatedSchema)', () => {
  it.each([
    ['the NUL character', 'a\u0000b', /NUL/],
    ['an unpaired surrogate', 'a\uD800b', /surrogate/],
    ['one character too many', 'x'.repeat(MAX_STRING_LENGTH + 1), /At most 100000 characters/],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_label, text, message) => {
    const result = await run(await schemaOf(), ECHO, { text });
    expect(result.data).toEqual({ echo: null });
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('lets through what PostgreSQL stores: the longest allowed text, other characters, paired surrogates', async () => {
    const schema = await schemaOf();
    for (const text of ['x'.repeat(MAX_STRING_LENGTH), 'tab\tand line\n', 'emoji 🌍', '\u0001\uFFFF']) {
      expect((await run(schema, ECHO, { text })).data).toEqual({ echo: text });
    }
  });

  it('names the place inside input objects and lists', async () => {
    const schema = await schemaOf();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '\u0000' }, 'input.name'],
      [{ name: 'ok', tags: ['fine', 'x\u0000'] }, 'input.tags[1]'],
      [{ name: 'ok', items: [{ note: 'fine' }, { note: '\uDFFF' }] }, 'input.items[1].note'],
    ];
    for (const [input, field] of cases) {
      const result = await run(schema, SAVE, { input });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect((await run(schema, SAVE, { input: { name: 'ok', tags: ['a'], items: [{ note: 'b' }] } })).data).toEqual({ save: 'ok' });
  });

  it("guards the gateway's entity representations too", async () => {
    const result = await run(await schemaOf(), 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', {
      r: [
        { __typename: 'GuardedThing', id: '1' },
        { __typename: 'GuardedThing', id: '\u0000' },
      ],
    });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'representations[1].id' });
  });
});

describe('guardStringArguments', () => {
  it('wraps only fields that take arguments, so fields without any keep their resolver', () => {
    const schema = buildSchema('type Query { plain: String, nested(text: String): Nested } type Nested { name: String, label(prefix: String): String }');
    const fields = (typeName: string) => (schema.getType(typeName) as any).getFields();
    const plain = () => 'plain';
    fields('Query').plain.resolve = plain;
    guardStringArguments(schema);
    expect(fields('Query').plain.resolve).toBe(plain);
    expect(fields('Nested').name.resolve).toBeUndefined();
    expect(fields('Query').nested.resolve).toBeTypeOf('function');
    expect(fields('Nested').label.resolve).toBeTypeOf('function');
  });

  it('guards nested fields with arguments, naming their own argument', async () => {
    const schema = guardStringArguments(buildSchema('type Query { nested: Nested } type Nested { label(prefix: String): String }'));
    const result = await execute({
      schema,
      document: parse('{ nested { label(prefix: "\\u0000") } }'),
      rootValue: { nested: { label: () => 'never' } },
    });
    expect(result.data).toEqual({ nested: { label: null } });
    expect(result.errors?.[0]?.path).toEqual(['nested', 'label']);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'prefix' });
  });
});
