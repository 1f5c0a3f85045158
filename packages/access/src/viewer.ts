import { ANONYMOUS, GrantRole, type GatewayIdentity, type Grant } from '@msp-atlas/gateway-trust';

/** Where a role is asked about: a country, a part of the platform, or both. */
export interface GrantPlace {
  country?: string;
  scope?: string;
}

/**
 * The caller as a subgraph sees it: built from the identity the gateway
 * verified and signed, never from anything the client sent itself.
 */
export class Viewer {
  readonly accountId: string | null;
  readonly email: string | null;
  readonly grants: readonly Grant[];
  readonly isAdmin: boolean;
  readonly curatorCountries: ReadonlySet<string>;

  constructor(identity: GatewayIdentity) {
    this.accountId = identity.accountId;
    const signedIn = identity.accountId !== null;
    this.email = signedIn ? (identity.email?.toLowerCase() ?? null) : null;
    this.grants = signedIn ? identity.grants : [];
    this.isAdmin = this.hasGrant(GrantRole.ADMIN);
    this.curatorCountries = new Set(this.grants.filter((grant) => grant.role === GrantRole.CURATOR).flatMap((grant) => grant.countries ?? []));
  }

  static readonly anonymous = new Viewer(ANONYMOUS);

  get isSignedIn(): boolean {
    return this.accountId !== null;
  }

  /**
   * Whether the viewer holds the role there: a grant without countries holds in every
   * country, one without a scope over every part. Without a place, anywhere counts.
   */
  hasGrant(role: string, place: GrantPlace = {}): boolean {
    return this.grants.some(
      (grant) =>
        grant.role === role &&
        (place.country === undefined || grant.countries === undefined || grant.countries.includes(place.country)) &&
        (place.scope === undefined || grant.scope === undefined || grant.scope === place.scope),
    );
  }

  /** Whether the viewer curates at least one of these countries. */
  curatesAnyOf(countries: readonly string[]): boolean {
    return countries.some((country) => this.curatorCountries.has(country));
  }
}
