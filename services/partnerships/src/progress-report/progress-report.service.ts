import { requireSignedInActor, type Actor } from '@msp-atlas/access';
import { badUserInput } from '@msp-atlas/domain-errors';
import { recordEvent, writeChange } from '@msp-atlas/record-writer';
import { datesInOrder, requiredText } from '@msp-atlas/validation';
import type { Db } from '../database.js';
import { today } from '../domain/clock.js';
import { readPartnershipSnapshot } from '../events/partnership-events.js';
import { lockEditablePartnership } from '../partnership/lock-editable-partnership.js';
import { PARTNERSHIP_RECORD } from '../partnership/partnership-record.js';
import { idsOwnedBy } from '../partnership/partnership.repository.js';
import type { PartnershipRow } from '../partnership/partnership.table.js';
import { insertProgressReport } from './progress-report.repository.js';
import type { IndicatorValueRow, ProgressReportRow } from './progress-report.table.js';
import type { SubmitProgressReportInput } from './submit-progress-report.input.js';

export interface SubmittedReport {
  partnership: PartnershipRow;
  report: ProgressReportRow;
  values: IndicatorValueRow[];
}

export async function submitProgressReport(db: Db, actor: Actor, input: SubmitProgressReportInput): Promise<SubmittedReport> {
  requireSignedInActor(actor, 'submit a progress report');
  const summary = requiredText(input.summary, 'input.summary', 20_000);
  datesInOrder(input.periodStart, input.periodEnd, 'input.periodEnd');
  const reportedOn = input.reportedOn ?? today();
  if (reportedOn > today()) throw badUserInput('A report cannot be dated in the future', 'input.reportedOn');
  const values = input.indicatorValues ?? [];
  values.forEach((value, index) => {
    if (!Number.isFinite(value.value)) throw badUserInput('Not a number', `input.indicatorValues[${index}].value`);
    if (values.findIndex((other) => other.indicatorId === value.indicatorId) !== index) {
      throw badUserInput('One value per indicator', `input.indicatorValues[${index}].indicatorId`);
    }
  });

  return db.transaction().execute(async (trx) => {
    const current = await lockEditablePartnership(trx, actor, input.partnershipId, input.expectedVersion);
    const own = await idsOwnedBy(trx, 'indicators', current.id);
    const foreign = values.findIndex((value) => !own.has(value.indicatorId));
    if (foreign >= 0) {
      throw badUserInput("Not one of this partnership's indicators", `input.indicatorValues[${foreign}].indicatorId`);
    }
    const stored = await insertProgressReport(
      trx,
      { partnership_id: current.id, period_start: input.periodStart, period_end: input.periodEnd, reported_on: reportedOn, summary },
      values.map((value) => ({ indicator_id: value.indicatorId, value: value.value })),
    );
    const { report } = stored;
    const partnership = await writeChange(trx, PARTNERSHIP_RECORD, {
      actor,
      action: 'submitProgressReport',
      current,
      event: recordEvent('ProgressReportSubmitted', { progressReportId: report.id, partnership: await readPartnershipSnapshot(trx, current) }),
      changes: [
        {
          field: `progressReports[${report.id}]`,
          old: null,
          new: {
            periodStart: report.period_start,
            periodEnd: report.period_end,
            reportedOn: report.reported_on,
            summary: report.summary,
            indicatorValues: stored.values.map((value) => ({ indicatorId: value.indicator_id, value: value.value })),
          },
        },
      ],
    });
    return { partnership, ...stored };
  });
}
