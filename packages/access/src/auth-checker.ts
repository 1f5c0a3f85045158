import { requireAdmin, requireSignedIn } from './guards.js';
import type { Viewer } from './viewer.js';

/** Roles for `@Authorized(...)`: record-level rules (members, curators) live in the services. */
export const Role = {
  SIGNED_IN: 'SIGNED_IN',
  ADMIN: 'ADMIN',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export interface ViewerContext {
  viewer: Viewer;
}

/** What the hook reads of type-graphql's resolver data: typed here, so this package needs no GraphQL library. */
interface AuthorizedFieldCall {
  context: ViewerContext;
  info: { parentType: { name: string }; fieldName: string };
}

/**
 * type-graphql's hook for `@Authorized`: throws the API's own UNAUTHENTICATED or
 * FORBIDDEN instead of type-graphql's generic denial, so clients see one set of codes.
 */
export const viewerAuthChecker = ({ context, info }: AuthorizedFieldCall, roles: readonly Role[]): boolean => {
  const action = `use ${info.parentType.name}.${info.fieldName}`;
  if (roles.includes(Role.ADMIN)) requireAdmin(context.viewer, action);
  else requireSignedIn(context.viewer, action);
  return true;
};
