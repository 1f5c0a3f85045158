import { accountIdentity, type GatewayIdentity } from '@msp-atlas/gateway-trust';

let sequence = 0;

/** A new signed-in account with an e-mail of its own; roles as given. */
export function newAccount(roles: { admin?: boolean; curatorCountries?: readonly string[] } = {}): GatewayIdentity {
  sequence += 1;
  return accountIdentity(`account-${sequence}`, { email: `person-${sequence}@example.org`, ...roles });
}
