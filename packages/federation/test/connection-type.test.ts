import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildFederatedSchema, ConnectionType } from '../src/index.js';

@ObjectType('Gadget')
class Gadget {
  @Field(() => ID)
  id!: string;
}

@ObjectType('GadgetConnection')
class GadgetConnection extends ConnectionType('Gadget', Gadget) {}

@Directive('@shareable')
@ObjectType('SharedGadgetConnection')
class SharedGadgetConnection extends ConnectionType('SharedGadget', Gadget, { shareable: true }) {}

@Resolver()
class GadgetResolver {
  @Query(() => GadgetConnection)
  gadgets(): GadgetConnection {
    throw new Error('not called');
  }

  @Query(() => SharedGadgetConnection)
  sharedGadgets(): SharedGadgetConnection {
    throw new Error('not called');
  }
}

describe('ConnectionType', () => {
  it('marks the edge type shareable only when asked to', async () => {
    const sdl = printSubgraphSchema(await buildFederatedSchema({ resolvers: [GadgetResolver], validate: false }));
    expect(sdl).toMatch(/type SharedGadgetEdge\s+@shareable/);
    expect(sdl).toMatch(/type SharedGadgetConnection\s+@shareable/);
    expect(sdl).toMatch(/type GadgetEdge\s*\{/);
    expect(sdl).toMatch(/type GadgetConnection\s*\{/);
  });
});
