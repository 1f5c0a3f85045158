import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** One place in a root field's arguments where a client can send any string. */
export interface StringArgumentPosition {
  rootField: string;
  /** Named as `extensions.field` names it: `slug`, `input.stakeholders[0].organization.name`. */
  field: string;
  /** The operation with `text` at this position and a well-typed value wherever one is required. */
  request(text: string): { query: string; variables: Record<string, unknown> };
}

// Where an operation must carry some value to get past type checking. An unknown scalar
// fails loudly, so a new one is added here instead of being skipped.
const SAMPLE_SCALARS: Record<string, unknown> = {
  String: 'x',
  ID: '00000000-0000-4000-8000-000000000000',
  Int: 1,
  Float: 1,
  Boolean: false,
  LocalDate: '2024-01-01',
  DateTime: '2024-01-01T00:00:00.000Z',
};

type Step = string | number;

/** Every String and ID position in the arguments of every query and mutation of `schema`. */
export function stringArgumentPositions(schema: GraphQLSchema): StringArgumentPosition[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([operation, type]) =>
    Object.values((type as GraphQLObjectType | null)?.getFields() ?? {}).flatMap((rootField) =>
      rootField.args.flatMap((argument) => [...stepsToStrings(argument.type, new Set())].map((steps) => position(operation, rootField, argument.name, steps))),
    ),
  );
}

function position(operation: string, rootField: GraphQLField<unknown, unknown>, argumentName: string, steps: Step[]): StringArgumentPosition {
  const sent = rootField.args.filter((argument) => argument.name === argumentName || isNonNullType(argument.type));
  const selection = isCompositeType(getNamedType(rootField.type)) ? ' { __typename }' : '';
  const query =
    `${operation}(${sent.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ')}) ` +
    `{ ${rootField.name}(${sent.map((argument) => `${argument.name}: $${argument.name}`).join(', ')})${selection} }`;
  return {
    rootField: rootField.name,
    field: steps.reduce<string>((path, step) => (typeof step === 'number' ? `${path}[${step}]` : `${path}.${step}`), argumentName),
    request: (text) => ({
      query,
      variables: Object.fromEntries(
        sent.map((argument) => [argument.name, argument.name === argumentName ? valueWith(argument.type, steps, text) : sampleOf(argument.type)]),
      ),
    }),
  };
}

function* stepsToStrings(type: GraphQLInputType, enclosing: Set<string>): Generator<Step[]> {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    for (const steps of stepsToStrings(nullable.ofType, enclosing)) yield [0, ...steps];
  } else if (isScalarType(nullable) && (nullable.name === 'String' || nullable.name === 'ID')) {
    yield [];
  } else if (isInputObjectType(nullable) && !enclosing.has(nullable.name)) {
    const inside = new Set([...enclosing, nullable.name]);
    for (const field of Object.values(nullable.getFields())) {
      for (const steps of stepsToStrings(field.type, inside)) yield [field.name, ...steps];
    }
  }
}

function valueWith(type: GraphQLInputType, steps: Step[], text: string): unknown {
  const nullable = getNullableType(type);
  const [step, ...rest] = steps;
  if (step === undefined) return text;
  if (isListType(nullable)) return [valueWith(nullable.ofType, rest, text)];
  if (!isInputObjectType(nullable)) throw new Error(`No ${String(step)} inside ${String(type)}`);
  const field = nullable.getFields()[step]!;
  return { ...(sampleOf(nullable) as object), [step]: valueWith(field.type, rest, text) };
}

/** The smallest well-typed value: required input fields only, one list item. */
function sampleOf(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleOf(nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  if (isInputObjectType(nullable)) {
    const required = Object.values(nullable.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(required.map((field) => [field.name, sampleOf(field.type)]));
  }
  if (!(nullable.name in SAMPLE_SCALARS)) throw new Error(`Add a sample value for the scalar ${nullable.name} to SAMPLE_SCALARS`);
  return SAMPLE_SCALARS[nullable.name];
}
