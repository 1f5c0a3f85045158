import { buildDemoPartnershipSet, type DemoPartnership } from '@msp-atlas/demo-data';
import type { PartnershipSnapshot } from '@msp-atlas/event-contracts';
import { randomUUID } from 'node:crypto';
import type { Trx } from '../database.js';
import { insertSelfAssessment } from '../self-assessment/self-assessment.repository.js';

/** The demo set by name, per day it was loaded on (building it takes a moment; a day's set never changes). */
const setsByDay = new Map<string, Map<string, DemoPartnership>>();

function demoSetOf(day: string): Map<string, DemoPartnership> {
  let set = setsByDay.get(day);
  if (!set) {
    set = new Map(buildDemoPartnershipSet(day).map((partnership) => [partnership.details.name, partnership]));
    setsByDay.clear();
    setsByDay.set(day, set);
  }
  return set;
}

/**
 * A demo partnership of the data set `npm start` loads comes with its members'
 * self-assessments, which are this service's records: added, by the system (no
 * account), when its registration arrives, from the set as loaded that day. Another
 * demo registration (a benchmark's) has none. A replay, or a redelivery, finds them there.
 */
export async function addDemoSelfAssessments(trx: Trx, partnership: PartnershipSnapshot, registeredAt: Date): Promise<number> {
  const demo = demoSetOf(registeredAt.toISOString().slice(0, 10)).get(partnership.name);
  if (!demo) return 0;
  const held = await trx.selectFrom('self_assessments').select('id').where('partnership_id', '=', partnership.id).limit(1).executeTakeFirst();
  if (held) return 0;
  for (const assessment of demo.selfAssessments) {
    await insertSelfAssessment(
      trx,
      { id: randomUUID(), partnership_id: partnership.id, assessed_on: assessment.assessedOn, submitted_by: null },
      assessment.scores.map((score, position) => ({ position, ...score })),
    );
  }
  return demo.selfAssessments.length;
}
