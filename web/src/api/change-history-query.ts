import type { AccountRef, Connection } from './partnership-types';

/** A partnership's public change history, newest first, one page at a time. */
export const CHANGE_HISTORY_QUERY = /* GraphQL */ `
  query PartnershipChangeHistory($id: ID!, $first: Int, $after: String) {
    partnership(id: $id) {
      id
      changeHistory(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node { id recordVersion action occurredAt actor { id name } changes { field oldValue newValue redacted } }
        }
      }
    }
  }
`;

/** One field before and after a change; both values are null where the viewer may not see them. */
export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
  redacted: boolean;
}

export interface ChangeRecord {
  id: string;
  recordVersion: number;
  /** The mutation that made the change, e.g. `updatePartnership`. */
  action: string;
  occurredAt: string;
  /** Null for the system (demo data). */
  actor: AccountRef | null;
  changes: FieldChange[];
}

export interface ChangeHistoryVariables {
  id: string;
  first: number;
  after: string | null;
}

export interface ChangeHistoryData {
  partnership: { id: string; changeHistory: Connection<ChangeRecord> } | null;
}
