/**
 * A role the account holds, and where it holds it. `countries` narrows it to the
 * listed countries (a curator of Kenya); `scope` to one part of the platform (a
 * moderator of the learning library). Without either it holds everywhere (an admin).
 * Roles are plain names so a new service adds one without changing the gateway.
 */
export interface Grant {
  role: string;
  /** ISO 3166-1 alpha-3 codes; absent: every country. */
  countries?: readonly string[];
  /** The part of the platform the role applies to, such as `learning`; absent: all of it. */
  scope?: string;
}

/** The roles the platform knows today; services may check others. */
export const GrantRole = {
  ADMIN: 'admin',
  CURATOR: 'curator',
  MODERATOR: 'moderator',
} as const;

const ROLE = /^[a-z][a-z0-9-]{0,39}$/;
const SCOPE = /^[a-z][a-z0-9:-]{0,63}$/;
const COUNTRY_CODE = /^[A-Z]{3}$/;
// Far above what one account holds; bounds what a forged or broken value can cost.
const MAX_GRANTS = 100;
const MAX_COUNTRIES = 300;

/** The grants in an untrusted value (a token claim, a header), or null when it is not a list of grants. */
export function parseGrants(value: unknown): Grant[] | null {
  if (!Array.isArray(value) || value.length > MAX_GRANTS) return null;
  const grants: Grant[] = [];
  for (const entry of value) {
    const grant = parseGrant(entry);
    if (!grant) return null;
    grants.push(grant);
  }
  return grants;
}

function parseGrant(value: unknown): Grant | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { role, countries, scope, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  if (typeof role !== 'string' || !ROLE.test(role)) return null;
  const grant: Grant = { role };
  if (countries !== undefined) {
    if (!Array.isArray(countries) || countries.length === 0 || countries.length > MAX_COUNTRIES) return null;
    if (!countries.every((code) => typeof code === 'string' && COUNTRY_CODE.test(code))) return null;
    grant.countries = [...(countries as string[])];
  }
  if (scope !== undefined) {
    if (typeof scope !== 'string' || !SCOPE.test(scope)) return null;
    grant.scope = scope;
  }
  return grant;
}

/** The grants the former `admin` flag and curator countries stand for. */
export function grantsOf(roles: { admin?: boolean; curatorCountries?: readonly string[] }): Grant[] {
  const grants: Grant[] = [];
  if (roles.admin) grants.push({ role: GrantRole.ADMIN });
  if (roles.curatorCountries?.length) grants.push({ role: GrantRole.CURATOR, countries: [...roles.curatorCountries] });
  return grants;
}
