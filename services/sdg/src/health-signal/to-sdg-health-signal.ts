import { sdgSignalFromAlignment } from '@msp-atlas/partnership-health';
import type { PublishedReading } from './health-signal.repository.js';
import type { SdgHealthSignal } from './sdg-health-signal.type.js';

/**
 * The signal from exactly what SdgAlignmentChanged carried (the same reading, the same
 * version), so the live field and the registry's event-fed projection agree.
 */
export function toSdgHealthSignal({ partnershipVersion, reading }: PublishedReading): SdgHealthSignal {
  return sdgSignalFromAlignment({
    partnershipVersion,
    declaredTargets: reading.declaredTargets,
    suggestedTargets: reading.suggestedTargets,
  });
}
