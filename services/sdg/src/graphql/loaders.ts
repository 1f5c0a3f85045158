import type { Viewer } from '@msp-atlas/access';
import { groupedLoader, isUuid } from '@msp-atlas/federation';
import DataLoader from 'dataloader';
import type { Db } from '../database.js';
import { alignmentsByIds } from '../alignment/alignment.repository.js';
import type { PartnershipAlignmentRow } from '../alignment/partnership-alignment.table.js';
import { organizationPartnerships } from '../sdg-coverage/organization-profile.repository.js';
import { dismissedTargets } from '../alignment/suggestion-dismissal.repository.js';
import { publishedReadingsByIds } from '../health-signal/health-signal.repository.js';
import type { SdgHealthSignal } from '../health-signal/sdg-health-signal.type.js';
import { toSdgHealthSignal } from '../health-signal/to-sdg-health-signal.js';

export interface Loaders {
  alignment: DataLoader<string, PartnershipAlignmentRow | null>;
  /** The targets the viewer dismissed, per partnership. */
  dismissedByViewer: DataLoader<string, { partnership_id: string; target_code: string }[]>;
  organizationPartnerships: DataLoader<string, Awaited<ReturnType<typeof organizationPartnerships>>>;
  /** Batched: the gateway asks for many partnerships' signals in one _entities call. */
  sdgHealthSignal: DataLoader<string, SdgHealthSignal | null>;
}

export function createLoaders(db: Db, viewer: Viewer): Loaders {
  return {
    alignment: new DataLoader(async (ids) => {
      const rows = await alignmentsByIds(db, ids.filter(isUuid));
      const found = new Map(rows.map((row) => [row.partnership_id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    dismissedByViewer: groupedLoader(
      (ids) => (viewer.accountId ? dismissedTargets(db, viewer.accountId, ids.filter(isUuid)) : Promise.resolve([])),
      (row) => row.partnership_id,
    ),
    organizationPartnerships: groupedLoader(
      (ids) => organizationPartnerships(db, ids.filter(isUuid)),
      (row) => row.organization_id,
    ),
    sdgHealthSignal: new DataLoader(async (ids) => {
      const found = new Map((await publishedReadingsByIds(db, ids.filter(isUuid))).map((row) => [row.partnershipId, toSdgHealthSignal(row)]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
