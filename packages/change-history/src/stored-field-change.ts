/**
 * One field of a record before and after a change, as stored in `change_records.changes`.
 * `field` is the API's name for it; items of a list are named `items[<id>]`.
 * Values are JSON: dates as ISO strings, lists and objects as they are.
 */
export interface StoredFieldChange {
  field: string;
  old: unknown;
  new: unknown;
}
