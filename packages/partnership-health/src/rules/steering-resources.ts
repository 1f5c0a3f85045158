import { type DecisionMaking, Phase } from '@msp-atlas/msp-vocabulary';
import type { HealthStatus } from '../health-evaluation.js';
import { isPhaseReached } from '../phases.js';
import type { HealthRule } from './rule.js';
import { count, evidence, percent } from './evidence.js';

/** Secretariat staff from which coordination no longer rests on one person. */
export const SECRETARIAT_STRONG_STAFF = 2;

/** How far each way of deciding gives every partner access to decisions. */
export const DECISION_MAKING_STATUS: Readonly<Record<DecisionMaking, HealthStatus>> = {
  CONSENSUS: 'STRONG',
  MAJORITY_VOTE: 'STRONG',
  STEERING_COMMITTEE: 'ADEQUATE',
  LEAD_ORGANIZATION: 'WEAK',
};

/** Funding is dominated by one source from this share of the largest funder... */
export const RESOURCES_WEAK_LARGEST_SHARE = 0.9;
/** ...or from this Herfindahl index (sum of squared funder shares: 1 = one funder). */
export const RESOURCES_WEAK_HERFINDAHL = 0.8;
/** Funding counts as well spread below this Herfindahl index (about three equal funders or more). */
export const RESOURCES_STRONG_HERFINDAHL = 0.4;

export const secretariatRule: HealthRule = {
  factor: 'SECRETARIAT',
  area: 'STEERING_RESOURCES',
  expectedFrom: Phase.IMPLEMENTATION,
  source: 'REGISTRY',
  reads: ['registry.secretariat.hostRecorded', 'registry.secretariat.staff'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING', 'NOT_YET_EXPECTED'],
  evaluate({ registry }) {
    const { hostRecorded, staff } = registry.secretariat;
    const people = staff ?? 0;
    const shown = [
      evidence('governance.secretariat.host', hostRecorded, hostRecorded ? 'A host organisation is recorded.' : 'No host organisation is recorded.'),
      evidence(
        'governance.secretariat.staffCount',
        staff,
        staff === null ? 'No secretariat staff recorded.' : `${count(people, 'person', 'people')} work for the secretariat.`,
      ),
    ];
    if (!hostRecorded && people === 0) return { status: 'MISSING', summary: 'No secretariat is recorded.', evidence: shown, nextStep: 'SET_UP_SECRETARIAT' };
    if (people === 0)
      return { status: 'WEAK', summary: 'A secretariat is hosted, but nobody is recorded working for it.', evidence: shown, nextStep: 'STAFF_SECRETARIAT' };
    if (!hostRecorded)
      return {
        status: 'ADEQUATE',
        summary: `The secretariat has ${count(people, 'person', 'people')}, but no host organisation is recorded.`,
        evidence: shown,
        nextStep: 'RECORD_SECRETARIAT_HOST',
      };
    if (people < SECRETARIAT_STRONG_STAFF)
      return { status: 'ADEQUATE', summary: 'A hosted secretariat has one person for coordination.', evidence: shown, nextStep: 'ADD_SECRETARIAT_STAFF' };
    return { status: 'STRONG', summary: `A hosted secretariat has ${people} people.`, evidence: shown, nextStep: null };
  },
};

export const equalGovernanceRule: HealthRule = {
  factor: 'EQUAL_GOVERNANCE',
  area: 'STEERING_RESOURCES',
  expectedFrom: Phase.DESIGN,
  source: 'REGISTRY',
  reads: ['registry.decisionMaking'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING', 'NOT_YET_EXPECTED'],
  evaluate({ registry }) {
    const model = registry.decisionMaking as DecisionMaking | null;
    const shown = [
      evidence(
        'governance.decisionMaking',
        model,
        model ? `Decisions are taken by ${model.toLowerCase().replaceAll('_', ' ')}.` : 'No way of deciding is recorded.',
      ),
    ];
    const status = model ? DECISION_MAKING_STATUS[model] : undefined;
    if (!model || !status)
      return { status: 'MISSING', summary: 'How the partnership decides is not recorded.', evidence: shown, nextStep: 'RECORD_DECISION_MAKING' };
    if (status === 'WEAK')
      return { status, summary: 'One lead organisation decides; the other partners have no formal say.', evidence: shown, nextStep: 'SHARE_DECISIONS' };
    if (status === 'ADEQUATE')
      return { status, summary: 'A steering committee decides on the partners’ behalf.', evidence: shown, nextStep: 'OPEN_STEERING_COMMITTEE' };
    return { status, summary: 'Every partner takes part in decisions.', evidence: shown, nextStep: null };
  },
};

export const resourcesRule: HealthRule = {
  factor: 'RESOURCES',
  area: 'STEERING_RESOURCES',
  expectedFrom: Phase.DESIGN,
  source: 'REGISTRY',
  reads: ['registry.phase', 'registry.funding', 'registry.moneyFunders', 'registry.personDays', 'registry.stakeholders.contributing'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING', 'NOT_YET_EXPECTED'],
  evaluate({ registry }) {
    const { funding, personDays } = registry;
    const { contributing } = registry.stakeholders;
    const shown = [
      evidence('stakeholders.contributions', contributing, `${count(contributing, 'organisation')} commit resources.`),
      evidence('stakeholders.contributions.personDays', personDays, `${personDays} person-days of staff time committed.`),
    ];
    if (!funding) {
      shown.push(evidence('fundingConcentration', null, 'Nobody commits money.'));
      if (contributing === 0 && personDays === 0)
        return { status: 'MISSING', summary: 'No partner commits resources.', evidence: shown, nextStep: 'COMMIT_RESOURCES' };
      // In design, money may still be under negotiation; from implementation the work needs it.
      return isPhaseReached(registry.phase, Phase.IMPLEMENTATION)
        ? { status: 'WEAK', summary: 'Partners give goods or time, but nobody commits money.', evidence: shown, nextStep: 'SECURE_FUNDING' }
        : { status: 'ADEQUATE', summary: 'Partners give goods or time; money is not committed yet.', evidence: shown, nextStep: 'SECURE_FUNDING' };
    }
    shown.push(
      evidence('fundingConcentration.funderCount', funding.funders, `${count(funding.funders, 'funder')} in ${funding.currency}.`),
      evidence(
        'fundingConcentration.largestFunderShare',
        funding.largestFunderShare,
        `The largest funder gives ${percent(funding.largestFunderShare)} of the money.`,
      ),
      evidence('fundingConcentration.herfindahlIndex', funding.herfindahlIndex, `Concentration (Herfindahl index) is ${funding.herfindahlIndex.toFixed(2)}.`),
    );
    if (funding.largestFunderShare >= RESOURCES_WEAK_LARGEST_SHARE || funding.herfindahlIndex >= RESOURCES_WEAK_HERFINDAHL) {
      // Shares compare only within one currency; funders giving in other currencies still spread the risk.
      const moneyFunders = registry.moneyFunders ?? funding.funders;
      if (moneyFunders > funding.funders) {
        shown.push(evidence('fundingConcentration', moneyFunders, `${count(moneyFunders, 'organisation')} commit money in some currency.`));
        return {
          status: 'ADEQUATE',
          summary: `Money in ${funding.currency} comes almost entirely from one funder; others give in other currencies.`,
          evidence: shown,
          nextStep: 'DIVERSIFY_FUNDING',
        };
      }
      return { status: 'WEAK', summary: 'The money comes almost entirely from one funder.', evidence: shown, nextStep: 'DIVERSIFY_FUNDING' };
    }
    if (funding.herfindahlIndex >= RESOURCES_STRONG_HERFINDAHL) {
      return { status: 'ADEQUATE', summary: 'Money comes from several funders, but a few dominate.', evidence: shown, nextStep: 'DIVERSIFY_FUNDING' };
    }
    return { status: 'STRONG', summary: 'Money comes from several funders, none dominant.', evidence: shown, nextStep: null };
  },
};
