import type { Generated, Selectable } from 'kysely';
import type { AccessChange } from '@msp-atlas/gateway-trust';

export interface AccessChangeTable {
  seq: Generated<string>;
  kind: AccessChange['kind'];
  subject: string;
  grants: unknown;
  occurred_at: Generated<Date>;
  expires_at: Date;
}

export type AccessChangeRow = Selectable<AccessChangeTable>;
