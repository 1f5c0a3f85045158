import type { AuthChecker } from 'type-graphql';
import { requireSignedIn } from './guards.js';
import type { ViewerContext } from './viewer-context.js';

/**
 * type-graphql's hook for `@Authorized()`, kept only for the partnerships service's
 * self-assessment mutation until it moves to the health service: every other check is
 * made by the services themselves (see docs/conventions.md). Delete this file then.
 */
export const viewerAuthChecker: AuthChecker<ViewerContext> = ({ context, info }) => {
  requireSignedIn(context.viewer, `use ${info.parentType.name}.${info.fieldName}`);
  return true;
};
