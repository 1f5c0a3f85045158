import type { PartnershipStatus } from '../api/schema-types';
import { STATUS_LABELS } from '../labels/status-labels';

export function StatusTag({ status }: { status: PartnershipStatus }) {
  return <span className={`tag tag-status tag-status-${status.toLowerCase()}`}>{STATUS_LABELS[status]}</span>;
}
