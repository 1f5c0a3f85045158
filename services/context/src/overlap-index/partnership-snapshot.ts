/**
 * The part of a partnership event's `payload.partnership` the overlap index reads:
 * the partnerships service puts the whole record after the change into every event.
 */
export interface PartnershipSnapshot {
  name: string;
  countries: string[];
  regions: string[];
  sectors: string[];
  sdgTargets: string[];
  phase: string;
  status: string;
}

/**
 * Null when the event carries no snapshot (nothing to index). A snapshot of the wrong
 * shape throws: the consumer then stops at this event and its lag grows, which is
 * louder than indexing a broken record.
 */
export function readPartnershipSnapshot(payload: unknown): PartnershipSnapshot | null {
  const partnership = (payload as { partnership?: unknown } | null)?.partnership;
  if (partnership === undefined || partnership === null) return null;
  if (typeof partnership !== 'object') throw new Error('payload.partnership is not an object');
  const record = partnership as Record<string, unknown>;
  return {
    name: text(record, 'name'),
    countries: texts(record, 'countries'),
    regions: texts(record, 'regions'),
    sectors: texts(record, 'sectors'),
    sdgTargets: texts(record, 'sdgTargets'),
    phase: text(record, 'phase'),
    status: text(record, 'status'),
  };
}

function text(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new Error(`payload.partnership.${key} is not a string`);
  return value;
}

function texts(record: Record<string, unknown>, key: string): string[] {
  const value = record[key];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`payload.partnership.${key} is not a list of strings`);
  }
  return value;
}
