import type { Generated } from 'kysely';

export interface ModeratorAppointmentTable {
  account_id: string;
  /** The part of the platform moderated, one of `MODERATED_SCOPES`. */
  scope: string;
  appointed_by: string | null;
  appointed_at: Generated<Date>;
}
