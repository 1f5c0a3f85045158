import { getNullableType, isListType, type FieldNode, type GraphQLField } from 'graphql';

/** Page size assumed when a connection is asked for without `first`, as the subgraphs default. */
export const defaultPageSize = 20;
/** The subgraphs cap `first` here, so a larger request cannot return more. */
export const maxPageSize = 100;
/** Items assumed in a plain (unpaginated) list, such as a partnership's stakeholders. */
export const assumedListSize = 10;

type FieldDefinition = GraphQLField<unknown, unknown> | undefined;

/**
 * The page a field with a `first` argument asks for: the argument (literal or
 * variable), else the default, capped as the subgraphs cap it.
 */
export function pageSizeOf(field: FieldNode, definition: FieldDefinition, variables: Record<string, unknown>): number | undefined {
  if (!definition?.args.some((arg) => arg.name === 'first')) return undefined;
  const first = argumentNumber(field, 'first', variables);
  return Math.min(Math.max(first ?? defaultPageSize, 0), maxPageSize);
}

export function isListField(definition: FieldDefinition): boolean {
  return definition !== undefined && isListType(getNullableType(definition.type));
}

/**
 * How many times a list field's selection is produced: its own page size, else the
 * page size of the connection it sits in (a connection's `edges` are one page, not
 * a page of pages), else a fixed guess. Anything that is not a list is produced once.
 */
export function listSize(definition: FieldDefinition, ownPageSize: number | undefined, connectionPageSize: number | undefined): number {
  if (!isListField(definition)) return 1;
  return ownPageSize ?? connectionPageSize ?? assumedListSize;
}

function argumentNumber(field: FieldNode, name: string, variables: Record<string, unknown>): number | undefined {
  const value = field.arguments?.find((arg) => arg.name.value === name)?.value;
  if (value?.kind === 'IntValue') return Number(value.value);
  if (value?.kind === 'Variable') {
    const given = variables[value.name.value];
    return typeof given === 'number' ? given : undefined;
  }
  return undefined;
}
