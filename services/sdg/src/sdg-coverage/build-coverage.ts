import { compareSdgCodes, sdgGoals, targetsOfGoal, type SdgTarget as SdgTargetRecord } from '@msp-atlas/sdg-framework';
import type { CoverageFigure } from './coverage.repository.js';
import type { RatesTable } from './rates-table.js';
import { noCoverage, type CoverageCounts } from './sdg-coverage-figures.js';
import type { SdgCoverage } from './sdg-coverage.type.js';
import type { SdgReportingTotal } from './sdg-reporting-total.type.js';

/** The figures of one statement shaped into the answer: every goal and target, zero where nothing was found. */
export function buildCoverage(figures: readonly CoverageFigure[], rates: RatesTable | null): SdgCoverage {
  const counts = new Map<string, CoverageCounts>();
  const countsOf = (level: string, key: string) => {
    const id = `${level}:${key}`;
    let entry = counts.get(id);
    if (!entry) {
      entry = noCoverage();
      counts.set(id, entry);
    }
    return entry;
  };
  for (const figure of figures) {
    const entry = countsOf(figure.level, figure.key);
    if (figure.kind === 'partnerships') entry.partnerships = Number(figure.value);
    else if (figure.kind === 'organizations') entry.organizations = Number(figure.value);
    // biome-ignore lint/style/noNonNullAssertion: money figures always carry their currency
    else entry.money.push({ currency: figure.currency!, amount: Number(figure.value) });
  }
  for (const entry of counts.values()) entry.money.sort((a, b) => a.currency.localeCompare(b.currency));

  const orphanedTargets: SdgTargetRecord[] = [];
  const goals = sdgGoals.map((goal) => ({
    goal,
    ...(counts.get(`goal:${goal.number}`) ?? noCoverage()),
    targets: targetsOfGoal(goal.code).map((target) => {
      const entry = counts.get(`target:${target.code}`) ?? noCoverage();
      if (entry.partnerships === 0) orphanedTargets.push(target);
      return { target, ...entry };
    }),
  }));
  const all = counts.get('all:') ?? noCoverage();
  return {
    ...all,
    reportingTotal: rates ? reportingTotal(all, rates) : null,
    goals,
    targets: goals.flatMap((goal) => goal.targets),
    orphanedTargets: orphanedTargets.sort((a, b) => compareSdgCodes(a.code, b.code)),
  };
}

function reportingTotal(all: CoverageCounts, rates: RatesTable): SdgReportingTotal {
  let amount = 0;
  const unconvertedCurrencies: string[] = [];
  for (const money of all.money) {
    const rate = rates.rates[money.currency];
    if (rate === undefined) unconvertedCurrencies.push(money.currency);
    else amount += money.amount * rate;
  }
  return { currency: rates.currency, amount: Math.round(amount * 100) / 100, ratesDate: rates.date, ratesSource: rates.source, unconvertedCurrencies };
}
