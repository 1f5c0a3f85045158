import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { isListField, listSize, pageSizeOf } from './cost-rules.js';

export interface OperationMeasure {
  depth: number;
  aliases: number;
  rootFields: number;
  cost: number;
}

interface Tally {
  cost: number;
  aliases: number;
  depth: number;
  fields: number;
}

interface MeasureInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Record<string, unknown>;
}

// Introspection has a fixed, deep shape that developer tools need; it is off in
// production (Apollo refuses `__schema` and `__type` there), so it is not measured.
const introspectionFields = new Set(['__schema', '__type']);

/**
 * Depth, aliases, root fields and static cost of one operation, fragments expanded.
 * Cost: every field costs 1, and a list field's selection costs its own cost times the
 * list's size (see cost-rules.ts); the branches of a union or interface add up.
 * A fragment is measured once and reused, so a document that spreads fragments
 * into each other many times costs little to measure but a lot by the numbers.
 */
export function measureOperation(input: MeasureInput): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of input.document.definitions) {
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  }
  const variables = withDefaults(input.operation, input.variables ?? {});
  const measured = new Map<string, Tally>();
  const inProgress = new Set<string>();

  function measureFragment(name: string, connectionPageSize: number | undefined): Tally {
    const key = `${name}:${connectionPageSize ?? ''}`;
    const known = measured.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    // Cycles and unknown fragments are refused by validation already; count nothing here.
    if (!fragment || inProgress.has(name)) return emptyTally();
    inProgress.add(name);
    const tally = measureSet(fragment.selectionSet, input.schema.getType(fragment.typeCondition.name.value) ?? undefined, connectionPageSize);
    inProgress.delete(name);
    measured.set(key, tally);
    return tally;
  }

  /** `connectionPageSize` is set when `set` is the selection of a connection asked for with `first`. */
  function measureSet(set: SelectionSetNode, parent: GraphQLNamedType | undefined, connectionPageSize?: number): Tally {
    const tally = emptyTally();
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        const ownPageSize = pageSizeOf(selection, definition, variables);
        const skipChildren = introspectionFields.has(selection.name.value) || !selection.selectionSet;
        const childType = definition ? getNamedType(definition.type) : undefined;
        const child =
          skipChildren || !selection.selectionSet
            ? emptyTally()
            : measureSet(selection.selectionSet, childType, isListField(definition) ? undefined : ownPageSize);
        tally.cost += 1 + listSize(definition, ownPageSize, connectionPageSize) * child.cost;
        tally.aliases += (selection.alias ? 1 : 0) + child.aliases;
        tally.depth = Math.max(tally.depth, 1 + child.depth);
        tally.fields += 1;
      } else {
        const part =
          selection.kind === 'FragmentSpread'
            ? measureFragment(selection.name.value, connectionPageSize)
            : measureSet(
                selection.selectionSet,
                selection.typeCondition ? (input.schema.getType(selection.typeCondition.name.value) ?? undefined) : parent,
                connectionPageSize,
              );
        tally.cost += part.cost;
        tally.aliases += part.aliases;
        tally.depth = Math.max(tally.depth, part.depth);
        tally.fields += part.fields;
      }
    }
    return tally;
  }

  const root = measureSet(input.operation.selectionSet, input.schema.getRootType(input.operation.operation) ?? undefined);
  return { depth: root.depth, aliases: root.aliases, rootFields: root.fields, cost: root.cost };
}

function emptyTally(): Tally {
  return { cost: 0, aliases: 0, depth: 0, fields: 0 };
}

/** Variables as given, with integer defaults of the operation filled in (they can set `first`). */
function withDefaults(operation: OperationDefinitionNode, given: Record<string, unknown>): Record<string, unknown> {
  const variables = { ...given };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue?.kind === 'IntValue') {
      variables[name] = Number(definition.defaultValue.value);
    }
  }
  return variables;
}
