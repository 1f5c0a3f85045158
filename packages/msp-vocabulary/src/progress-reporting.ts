import { Phase } from './vocabularies.js';

// The registry's rule for Partnership.progressReportOverdue, which the health service's
// RESULTS_MONITORING reads too: one judgement on both sides of the event log.

/** Reports are expected at least yearly while a partnership implements. */
export const REPORTING_INTERVAL_MONTHS = 12;

/**
 * Overdue when a partnership in implementation has gone a full reporting interval
 * without a report; the clock starts when it entered implementation, so a
 * partnership that just started implementing is not overdue yet.
 */
export function isProgressReportOverdue(input: { phase: Phase; enteredPhaseOn: string | null; lastReportedOn: string | null; today: string }): boolean {
  if (input.phase !== Phase.IMPLEMENTATION) return false;
  const since = [input.enteredPhaseOn, input.lastReportedOn]
    .filter((date): date is string => date !== null)
    .sort()
    .at(-1);
  if (!since) return true;
  return since <= monthsBefore(input.today, REPORTING_INTERVAL_MONTHS);
}

function monthsBefore(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}
