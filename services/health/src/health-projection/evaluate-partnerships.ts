import { appendTypedEvents, type TypedNewEvent } from '@msp-atlas/event-contracts';
import { evaluateHealth, type HealthEvaluation } from '@msp-atlas/partnership-health';
import type { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { SCHEMA as SOURCE, type Db, type Trx } from '../database.js';
import type { RegistryRecord } from '../registry/registry-record.js';
import { registrySignalsOf } from '../registry/registry-signals.js';
import { loadLatestSelfScores } from '../self-assessment/latest-self-scores.js';
import { loadExternalSignals } from './health-signals.repository.js';
import type { HealthPublication } from './health-projection.table.js';
import {
  deleteHealthRows,
  lastPublications,
  lockHealthProjection,
  partnershipPlaces,
  recordPublications,
  upsertHealthRows,
  type HealthValues,
  type PartnershipPlace,
} from './partnership-health.repository.js';
import { FACTORS, statusCode, statusColumn, type StatusColumn } from './status-columns.js';

export interface EvaluationOutcome {
  evaluated: number;
  /** Partnerships whose statuses changed, each with a PartnershipHealthChanged appended. */
  published: number;
}

/**
 * Re-evaluates partnerships from the registry's record and the latest signals the
 * projection keeps, in the caller's transaction: writes their health rows and
 * appends PartnershipHealthChanged where the statuses differ from the last published.
 * A function of the stored state only, so evaluating again (a redelivery, a replay)
 * gives the same rows. Ids the registry does not hold lose their row.
 */
export async function evaluatePartnerships(trx: Trx, partnershipIds: readonly string[], today: string): Promise<EvaluationOutcome> {
  const ids = [...new Set(partnershipIds)];
  if (ids.length === 0) return { evaluated: 0, published: 0 };
  await lockHealthProjection(trx);
  const { evaluated, unknown } = await evaluateStored(trx, ids, today);
  await deleteHealthRows(trx, unknown);
  const published = await lastPublications(
    trx,
    evaluated.map(({ place }) => place.id),
  );
  const rows: HealthValues[] = [];
  const publications: HealthPublication[] = [];
  const events: TypedNewEvent[] = [];
  for (const { place, evaluation } of evaluated) {
    const statuses = statusesOf(evaluation);
    const last = published.get(place.id);
    let version = last?.version ?? 0;
    if (!last || !samePublication(last, evaluation.phase, statuses, evaluation.weakestFactors)) {
      version += 1;
      publications.push({ partnership_id: place.id, version, phase: evaluation.phase, statuses, weakest_factors: evaluation.weakestFactors });
      events.push({
        type: 'PartnershipHealthChanged',
        aggregateId: place.id,
        aggregateVersion: version,
        payload: { partnershipId: place.id, phase: evaluation.phase, evaluatedOn: today, statuses, weakestFactors: evaluation.weakestFactors },
      });
    }
    rows.push(healthRow(place, evaluation, version));
  }
  await upsertHealthRows(trx, rows);
  await recordPublications(trx, publications);
  await appendTypedEvents(trx, SOURCE, events);
  return { evaluated: rows.length, published: events.length };
}

/**
 * For a bulk load (a benchmark's data set, a backfill): the rows the evaluation gives,
 * unpublished (version 0), so no PartnershipHealthChanged floods the log; the next event
 * or review of each partnership publishes as usual.
 */
export async function writeHealthRows(trx: Trx, partnershipIds: readonly string[], today: string): Promise<number> {
  await lockHealthProjection(trx);
  const { evaluated } = await evaluateStored(trx, [...new Set(partnershipIds)], today);
  await upsertHealthRows(
    trx,
    evaluated.map(({ place, evaluation }) => healthRow(place, evaluation, 0)),
  );
  return evaluated.length;
}

/**
 * Evaluates from the stored state: the registry's record, the kept signals, the latest
 * self scores. A partnership whose record has not arrived whole is neither evaluated
 * nor unknown: its row, if any (carried over from the registry's projection), stays.
 */
export async function evaluateStored(trx: Trx | Db, ids: readonly string[], today: string) {
  const places = await partnershipPlaces(trx, ids);
  const known = new Set(places.map((place) => place.id));
  const unknown = ids.filter((id) => !known.has(id));
  const complete = places.filter((place): place is PartnershipPlace & { record: RegistryRecord } => place.record !== null);
  if (complete.length === 0) return { evaluated: [], unknown };
  const placeIds = complete.map((place) => place.id);
  const external = await loadExternalSignals(trx, placeIds);
  const selfScores = await loadLatestSelfScores(trx, placeIds);
  const evaluated: { place: PartnershipPlace; evaluation: HealthEvaluation }[] = [];
  for (const place of complete) {
    const evaluation = evaluateHealth({
      today,
      registry: registrySignalsOf(place.record, today),
      // biome-ignore lint/style/noNonNullAssertion: external signals are loaded for every place id, defaults included
      ...external.get(place.id)!,
      selfScores: selfScores.get(place.id) ?? {},
    });
    evaluated.push({ place, evaluation });
  }
  return { evaluated, unknown };
}

function statusesOf(evaluation: HealthEvaluation): Record<SuccessFactor, HealthEvaluation['factors'][number]['status']> {
  return Object.fromEntries(evaluation.factors.map((factor) => [factor.factor, factor.status])) as Record<
    SuccessFactor,
    HealthEvaluation['factors'][number]['status']
  >;
}

function samePublication(last: HealthPublication, phase: string, statuses: Record<string, string>, weakest: readonly string[]): boolean {
  return (
    last.phase === phase &&
    FACTORS.every((factor) => last.statuses[factor] === statuses[factor]) &&
    last.weakest_factors.length === weakest.length &&
    last.weakest_factors.every((factor, index) => factor === weakest[index])
  );
}

function healthRow(place: PartnershipPlace, evaluation: HealthEvaluation, version: number): HealthValues {
  const byFactor = new Map(evaluation.factors.map((factor) => [factor.factor, factor.status]));
  // biome-ignore lint/style/noNonNullAssertion: an evaluation has a status for every factor
  const statusColumns = Object.fromEntries(FACTORS.map((factor) => [statusColumn(factor), statusCode(byFactor.get(factor)!)])) as Record<StatusColumn, number>;
  return {
    partnership_id: place.id,
    partnership_version: place.version,
    phase: evaluation.phase,
    countries: place.countries,
    sectors: place.sectors,
    is_demo: place.is_demo,
    weakest_factors: evaluation.weakestFactors,
    evaluated_on: evaluation.today,
    review_on: evaluation.reviewOn,
    version,
    ...statusColumns,
  };
}
