import type { FieldChange } from './field-change.type.js';
import type { StoredFieldChange } from '@msp-atlas/change-history';

/**
 * The changes as the API shows them to one viewer: fields `shouldRedact` names keep
 * their name (the viewer sees that they changed) but lose both values.
 */
export function redactChanges(changes: readonly StoredFieldChange[], shouldRedact: (field: string) => boolean): FieldChange[] {
  return changes.map((change) => {
    const redacted = shouldRedact(change.field);
    return {
      field: change.field,
      oldValue: redacted ? null : change.old,
      newValue: redacted ? null : change.new,
      redacted,
    };
  });
}
