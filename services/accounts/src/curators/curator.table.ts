import type { Generated } from 'kysely';

export interface CuratorAppointmentTable {
  account_id: string;
  country: string;
  appointed_by: string | null;
  appointed_at: Generated<Date>;
}
