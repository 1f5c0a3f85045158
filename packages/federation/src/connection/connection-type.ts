import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.js';

export interface Edge<Node> {
  cursor: string;
  node: Node;
}

export interface Connection<Node> {
  edges: Edge<Node>[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

export interface ConnectionTypeOptions {
  /**
   * Marks the edge type `@shareable`, for a connection that several subgraphs
   * define alike (a shared package's type); mark the concrete connection class too.
   */
  shareable?: boolean;
}

/**
 * Declares the `<Name>Edge` object type and a base for `<Name>Connection`.
 * `totalCount` is a method, so its SQL runs only when a client asks for it.
 */
export function ConnectionType<Node extends object>(name: string, nodeType: ClassType<Node>, options: ConnectionTypeOptions = {}) {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<Node> {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: Node;
  }
  if (options.shareable) Directive('@shareable')(EdgeType);

  // Abstract: each service names its concrete connection class, e.g.
  // `@ObjectType('PartnershipConnection') class PartnershipConnection extends ConnectionType(...)`.
  @ObjectType()
  abstract class ConnectionClass implements Connection<Node> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: 'How many items match, across all pages' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  return ConnectionClass;
}
