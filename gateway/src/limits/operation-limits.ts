/**
 * Bounds on one operation, checked at the gateway before it plans or calls any
 * subgraph. The numbers and how they were sized are in gateway/README.md
 * ("Operation limits"); the web app's heaviest query is measured against them
 * in test/security/operation-limits.test.ts.
 */
export interface OperationLimits {
  /** Nested field levels; the web app's deepest operation has 6. */
  maxDepth: number;
  /** Aliased fields; the web app uses none. Many aliases are how one request multiplies work. */
  maxAliases: number;
  /** Fields at the top of the operation, each usually a subgraph call. */
  maxRootFields: number;
  /** Lexical tokens in the document, refused while parsing (graphql-js `maxTokens`). */
  maxTokens: number;
  /** Static cost (see operation-cost rules in measure-operation.ts). */
  maxCost: number;
}

export const defaultOperationLimits: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 20,
  maxTokens: 5_000,
  maxCost: 5_000,
};
