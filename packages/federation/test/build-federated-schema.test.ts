import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { execute, parse } from 'graphql';
import { Arg, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildFederatedSchema } from '../src/index.js';

@Directive('@key(fields: "id")')
@ObjectType('Widget')
class Widget {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@Resolver(() => Widget)
class WidgetResolver {
  @Query(() => Widget, { nullable: true })
  widget(@Arg('id', () => ID) id: string): Widget {
    return Object.assign(new Widget(), { id, name: `widget ${id}` });
  }
}

describe('buildFederatedSchema', () => {
  it('builds a Federation 2 subgraph with keys, resolvers and reference resolvers', async () => {
    const schema = await buildFederatedSchema(
      { resolvers: [WidgetResolver], validate: false },
      { Widget: { __resolveReference: (reference: { id: string }) => ({ id: reference.id, name: `ref ${reference.id}` }) } },
    );
    const sdl = printSubgraphSchema(schema);
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
    expect(sdl).toMatch(/type Widget\s+@key\(fields: "id"\)/);

    const query = await execute({ schema, document: parse('{ widget(id: "7") { name } }') });
    expect(query.data).toEqual({ widget: { name: 'widget 7' } });
    const entities = await execute({
      schema,
      document: parse('query($r: [_Any!]!) { _entities(representations: $r) { ... on Widget { name } } }'),
      variableValues: { r: [{ __typename: 'Widget', id: '9' }] },
    });
    expect(entities.data).toEqual({ _entities: [{ name: 'ref 9' }] });
  });
});
