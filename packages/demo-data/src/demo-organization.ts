import type { OrganizationType } from '@msp-atlas/msp-vocabulary';

/** An organisation of the demo data, before it is registered. */
export interface DemoOrganization {
  name: string;
  type: OrganizationType;
  /** ISO alpha-3 of the seat; null for bodies without one. */
  country: string | null;
  /** Theme keys of the fields it works in; absent when it works in any. */
  themes?: readonly string[];
}

/** Whether the organisation would plausibly join a partnership of this theme. */
export function worksOnTheme(organization: DemoOrganization, theme: string): boolean {
  return !organization.themes || organization.themes.includes(theme);
}
