import { requireSignedIn } from './guards.js';
import type { ViewerContext } from './viewer-context.js';

/** What the hook reads of type-graphql's resolver data: typed here, so this package needs no GraphQL library. */
interface AuthorizedFieldCall {
  context: ViewerContext;
  info: { parentType: { name: string }; fieldName: string };
}

/**
 * type-graphql's hook for `@Authorized()`, kept only for the partnerships service's
 * self-assessment mutation until it moves to the health service: every other check is
 * made by the services themselves (see docs/conventions.md). Delete this file then.
 */
export const viewerAuthChecker = ({ context, info }: AuthorizedFieldCall): boolean => {
  requireSignedIn(context.viewer, `use ${info.parentType.name}.${info.fieldName}`);
  return true;
};
