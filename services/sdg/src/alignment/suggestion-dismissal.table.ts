import type { Generated } from 'kysely';

export interface SuggestionDismissalTable {
  partnership_id: string;
  account_id: string;
  target_code: string;
  dismissed_at: Generated<Date>;
}
