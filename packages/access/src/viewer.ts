import { ANONYMOUS, type GatewayIdentity } from '@msp-atlas/gateway-trust';

/**
 * The caller as a subgraph sees it: built from the identity the gateway
 * verified and signed, never from anything the client sent itself.
 */
export class Viewer {
  readonly accountId: string | null;
  readonly email: string | null;
  readonly isAdmin: boolean;
  readonly curatorCountries: ReadonlySet<string>;

  constructor(identity: GatewayIdentity) {
    this.accountId = identity.accountId;
    this.email = identity.accountId === null ? null : identity.email?.toLowerCase() ?? null;
    this.isAdmin = identity.accountId !== null && identity.admin;
    this.curatorCountries = new Set(identity.accountId === null ? [] : identity.curatorCountries);
  }

  static readonly anonymous = new Viewer(ANONYMOUS);

  get isSignedIn(): boolean {
    return this.accountId !== null;
  }

  /** Whether the viewer curates at least one of these countries. */
  curatesAnyOf(countries: readonly string[]): boolean {
    return countries.some((country) => this.curatorCountries.has(country));
  }
}
