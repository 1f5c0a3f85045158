import type { OrganizationType } from '../domain/enums.js';

/** An organisation of the demo data, before it is registered. */
export interface DemoOrganization {
  name: string;
  type: OrganizationType;
  /** ISO alpha-3 of the seat; null for bodies without one. */
  country: string | null;
}
