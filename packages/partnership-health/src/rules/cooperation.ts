import { OrganizationType, Phase } from '@msp-atlas/msp-vocabulary';
import type { HealthRule, RuleOutcome } from './rule.js';
import { count, evidence, percent } from './evidence.js';
import { recentSelfScore } from './self-score.js';

/** Kinds of organisation from which a partnership is broadly multi-stakeholder. */
export const RIGHT_STAKEHOLDERS_STRONG_TYPES = 3;
/** Fewer kinds than this is not a multi-stakeholder partnership. */
export const RIGHT_STAKEHOLDERS_MIN_TYPES = 2;
/** Organisation types that speak for the people affected. */
export const AFFECTED_GROUP_TYPES: readonly OrganizationType[] = [OrganizationType.COMMUNITY, OrganizationType.CIVIL_SOCIETY];
/** Partners who left in the past year, and their share of those at the table a year ago, from which turnover is a warning. */
export const TRUST_TURNOVER_MIN_REMOVED = 2;
export const TRUST_TURNOVER_WEAK_SHARE = 0.25;
/** Self scores from which the members' view counts as strong, and up to which as weak. */
export const SELF_SCORE_STRONG_FROM = 4;
export const SELF_SCORE_WEAK_UP_TO = 2;
/** Partners needed before trust among them means anything. */
export const TRUST_MIN_PARTNERS = 2;

export const rightStakeholdersRule: HealthRule = {
  factor: 'RIGHT_STAKEHOLDERS',
  area: 'COOPERATION',
  expectedFrom: Phase.INITIATION,
  source: 'REGISTRY',
  reads: ['registry.stakeholders.total', 'registry.stakeholders.byType'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING'],
  evaluate({ registry }) {
    const { total, byType } = registry.stakeholders;
    const types = Object.entries(byType)
      .filter(([, n]) => (n ?? 0) > 0)
      .map(([type]) => type as OrganizationType)
      .sort();
    const affected = types.filter((type) => AFFECTED_GROUP_TYPES.includes(type));
    const shown = [
      evidence('stakeholders', total, `${count(total, 'organisation')} at the table.`),
      evidence('stakeholders.organization.type', types.length, types.length > 0 ? `Kinds of organisation: ${types.join(', ')}.` : 'No kinds of organisation.'),
    ];
    if (total === 0) return { status: 'MISSING', summary: 'No partners are recorded.', evidence: shown, nextStep: 'RECORD_STAKEHOLDERS' };
    if (types.length < RIGHT_STAKEHOLDERS_MIN_TYPES) {
      return {
        status: 'WEAK',
        summary: 'All partners are of one kind; other parts of society are not at the table.',
        evidence: shown,
        nextStep: 'WIDEN_STAKEHOLDER_TYPES',
      };
    }
    if (affected.length === 0) {
      return {
        status: 'WEAK',
        summary: 'Neither community organisations nor civil society speak for the people affected.',
        evidence: shown,
        nextStep: 'INVOLVE_AFFECTED_GROUPS',
      };
    }
    if (types.length >= RIGHT_STAKEHOLDERS_STRONG_TYPES && affected.includes(OrganizationType.COMMUNITY)) {
      return {
        status: 'STRONG',
        summary: `${types.length} kinds of organisation take part, including the affected communities.`,
        evidence: shown,
        nextStep: null,
      };
    }
    const nextStep = affected.includes(OrganizationType.COMMUNITY) ? 'WIDEN_STAKEHOLDER_TYPES' : 'INVOLVE_AFFECTED_GROUPS';
    return { status: 'ADEQUATE', summary: `${types.length} kinds of organisation take part.`, evidence: shown, nextStep };
  },
};

/** The members' own recent score as the status, for factors the data cannot show well. */
function statusFromSelfScore(score: number): 'STRONG' | 'ADEQUATE' | 'WEAK' {
  return score >= SELF_SCORE_STRONG_FROM ? 'STRONG' : score <= SELF_SCORE_WEAK_UP_TO ? 'WEAK' : 'ADEQUATE';
}

export const trustRule: HealthRule = {
  factor: 'TRUST',
  area: 'COOPERATION',
  expectedFrom: Phase.INITIATION,
  source: 'REGISTRY',
  reads: ['today', 'registry.stakeholders.total', 'registry.stakeholders.removedLastYear', 'selfScores.TRUST'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING'],
  evaluate(signals) {
    const { total, removedLastYear } = signals.registry.stakeholders;
    const turnover = removedLastYear / Math.max(1, total + removedLastYear);
    const shown = [
      evidence('stakeholders', total, `${count(total, 'organisation')} at the table.`),
      evidence('changeHistory', removedLastYear, `${count(removedLastYear, 'partner')} left in the past twelve months (${percent(turnover)}).`),
    ];
    // Many partners leaving is a warning the members' own score cannot outweigh.
    if (removedLastYear >= TRUST_TURNOVER_MIN_REMOVED && turnover >= TRUST_TURNOVER_WEAK_SHARE) {
      return { status: 'WEAK', summary: 'Many partners left in the past year.', evidence: shown, nextStep: 'DISCUSS_PARTNER_TURNOVER' };
    }
    const self = recentSelfScore(signals, 'TRUST');
    if (self) {
      const status = statusFromSelfScore(self.score.score);
      const outcome: RuleOutcome = {
        status,
        summary: `Members scored trust ${self.score.score} of 5 in the past year${removedLastYear > 0 ? ', and few partners left' : ''}.`,
        evidence: [...shown, self.evidence],
        nextStep: status === 'STRONG' ? null : 'BUILD_TRUST',
        source: 'SELF_ASSESSMENT',
        changesOn: [self.agesOutOn],
      };
      return outcome;
    }
    if (total < TRUST_MIN_PARTNERS) {
      return {
        status: 'MISSING',
        summary: 'Too few partners are recorded, and no recent self-assessment speaks for trust.',
        evidence: shown,
        nextStep: 'ASSESS_TRUST',
      };
    }
    // Without the members' view, partners staying is the only sign, and not enough for STRONG.
    return {
      status: 'ADEQUATE',
      summary: 'Partners stay on board; no recent self-assessment says more about trust.',
      evidence: shown,
      nextStep: 'ASSESS_TRUST',
    };
  },
};

export const sharedLanguageRule: HealthRule = {
  factor: 'SHARED_LANGUAGE',
  area: 'COOPERATION',
  expectedFrom: Phase.INITIATION,
  source: 'REGISTRY',
  reads: ['today', 'registry.problemStatement', 'selfScores.SHARED_LANGUAGE'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING'],
  evaluate(signals) {
    const { problemStatement } = signals.registry;
    const shown = [
      evidence('problemStatement', problemStatement, problemStatement ? 'A shared problem statement is recorded.' : 'No problem statement is recorded.'),
    ];
    const self = recentSelfScore(signals, 'SHARED_LANGUAGE');
    if (self) {
      const status = statusFromSelfScore(self.score.score);
      const fromSelf = { evidence: [...shown, self.evidence], source: 'SELF_ASSESSMENT' as const, changesOn: [self.agesOutOn] };
      if (status === 'WEAK') {
        return {
          ...fromSelf,
          status,
          summary: `Members scored their shared language ${self.score.score} of 5 in the past year.`,
          nextStep: 'AGREE_SHARED_LANGUAGE',
        };
      }
      if (status === 'STRONG' && problemStatement) {
        return {
          ...fromSelf,
          status,
          summary: `A problem statement is recorded and members scored their shared language ${self.score.score} of 5.`,
          nextStep: null,
        };
      }
      if (!problemStatement) {
        return {
          ...fromSelf,
          status: 'ADEQUATE',
          summary: `Members scored their shared language ${self.score.score} of 5, but no problem statement is written down.`,
          nextStep: 'RECORD_PROBLEM_STATEMENT',
        };
      }
    }
    if (problemStatement) {
      return {
        status: 'ADEQUATE',
        summary: 'A shared problem statement is recorded.',
        evidence: self ? [...shown, self.evidence] : shown,
        nextStep: self ? 'AGREE_SHARED_LANGUAGE' : 'ASSESS_SHARED_LANGUAGE',
        changesOn: self ? [self.agesOutOn] : [],
      };
    }
    return {
      status: 'MISSING',
      summary: 'No shared problem statement is recorded and no recent self-assessment speaks for a shared language.',
      evidence: shown,
      nextStep: 'RECORD_PROBLEM_STATEMENT',
    };
  },
};
