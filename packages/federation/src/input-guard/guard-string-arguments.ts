import { ErrorCode } from '@msp-atlas/domain-errors';
import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { findUnstorableString } from './storable-string.js';

/**
 * Refuses, with BAD_USER_INPUT naming the argument, any argument string PostgreSQL
 * cannot store or no field would accept (see storable-string.ts), at every field that
 * takes arguments, before its resolver (and any access check) runs. Done once here for
 * every subgraph, so no resolver has to remember it. Fields without arguments, nearly
 * all object fields, keep their resolver as it is and pay nothing.
 */
export function guardStringArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const refused = findUnstorableString(args, '');
        // A GraphQLError already: this guard is part of the schema, the edge itself.
        if (refused) throw new GraphQLError(refused.reason, { extensions: { code: ErrorCode.BAD_USER_INPUT, field: refused.path } });
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
