import type { GraphQLFormattedError } from 'graphql';

/**
 * Input the schema itself refuses (an unknown enum value, a wrong scalar) fails
 * before any resolver runs; graphql-js names the place only in its message
 * (`... at "input.organization.type"`). Copy that into `extensions.field`, so every
 * BAD_USER_INPUT carries the offending field.
 */
export function addFieldToInputErrors(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'BAD_USER_INPUT' || formatted.extensions.field) return formatted;
  const field = fieldFromMessage(formatted.message);
  return field ? { ...formatted, extensions: { ...formatted.extensions, field } } : formatted;
}

function fieldFromMessage(message: string): string | null {
  const variable = /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?;/s.exec(message);
  if (variable) return variable[2] ?? variable[1] ?? null;
  const provided = /^Variable "\$([^"]+)" of (?:required|non-null) type/.exec(message);
  return provided?.[1] ?? null;
}
