import { Phase } from '@msp-atlas/msp-vocabulary';
import type { HealthRule } from './rule.js';
import { count, evidence } from './evidence.js';

/** Milestones needed, from design on, for a results chain to count as complete. */
export const JOINT_OBJECTIVES_STRONG_MILESTONES = 2;
/** Organisations in the core group (INITIATOR or CORE_GROUP) from which leadership is shared. */
export const LEADERSHIP_MIN_CORE = 2;
/** From design on, below this share of core members committing resources leadership is weak. */
export const LEADERSHIP_MIN_CONTRIBUTING_SHARE = 0.5;
/** Champions from which high-level support no longer rests on one person. */
export const HIGH_LEVEL_SUPPORT_STRONG_CHAMPIONS = 2;

export const jointObjectivesRule: HealthRule = {
  factor: 'JOINT_OBJECTIVES',
  area: 'COMMON_STRATEGY',
  expectedFrom: Phase.INITIATION,
  source: 'REGISTRY',
  reads: ['registry.phase', 'registry.objectives', 'registry.problemStatement', 'registry.milestones', 'registry.datedMilestones', 'registry.indicators'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING'],
  evaluate({ registry }) {
    const shown = [
      evidence('objectives', registry.objectives, `${count(registry.objectives, 'objective')} recorded.`),
      evidence(
        'problemStatement',
        registry.problemStatement,
        registry.problemStatement ? 'A shared problem statement is recorded.' : 'No problem statement is recorded.',
      ),
    ];
    if (registry.objectives === 0) {
      return { status: 'MISSING', summary: 'No objectives are recorded.', evidence: shown, nextStep: 'RECORD_OBJECTIVES' };
    }
    if (registry.phase === Phase.INITIATION) {
      // While the problem is being understood, objectives and a problem statement are all one can ask.
      return registry.problemStatement
        ? { status: 'STRONG', summary: 'Objectives and a shared problem statement are recorded.', evidence: shown, nextStep: null }
        : {
            status: 'ADEQUATE',
            summary: 'Objectives are recorded, but no shared problem statement yet.',
            evidence: shown,
            nextStep: 'RECORD_PROBLEM_STATEMENT',
          };
    }
    shown.push(
      evidence('milestones', registry.milestones, `${count(registry.milestones, 'milestone')} recorded.`),
      evidence('milestones.dueOn', registry.datedMilestones, `${registry.datedMilestones} of them with a due date.`),
      evidence('indicators', registry.indicators, `${count(registry.indicators, 'indicator')} recorded.`),
    );
    if (registry.milestones === 0 && registry.indicators === 0) {
      return {
        status: 'WEAK',
        summary: 'Objectives are recorded, but no milestones or indicators show how to reach them.',
        evidence: shown,
        nextStep: 'PLAN_RESULTS_CHAIN',
      };
    }
    const chainComplete = registry.milestones >= JOINT_OBJECTIVES_STRONG_MILESTONES && registry.indicators > 0;
    const allDated = registry.datedMilestones === registry.milestones;
    if (chainComplete && allDated && registry.problemStatement) {
      return { status: 'STRONG', summary: 'Objectives, a problem statement, dated milestones and indicators are recorded.', evidence: shown, nextStep: null };
    }
    const nextStep = !chainComplete ? 'PLAN_RESULTS_CHAIN' : !allDated ? 'DATE_MILESTONES' : 'RECORD_PROBLEM_STATEMENT';
    return { status: 'ADEQUATE', summary: 'Objectives and part of the results chain are recorded.', evidence: shown, nextStep };
  },
};

export const leadershipRule: HealthRule = {
  factor: 'LEADERSHIP',
  area: 'COMMON_STRATEGY',
  expectedFrom: Phase.INITIATION,
  source: 'REGISTRY',
  reads: ['registry.phase', 'registry.stakeholders.core', 'registry.stakeholders.coreContributing'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING'],
  evaluate({ registry }) {
    const { core, coreContributing } = registry.stakeholders;
    const shown = [
      evidence('stakeholders.roles', core, `${count(core, 'organisation')} in the core group (initiator or core group).`),
      evidence('stakeholders.contributions', coreContributing, `${coreContributing} of them commit money, goods or staff time.`),
    ];
    if (core === 0) return { status: 'MISSING', summary: 'No core group is recorded.', evidence: shown, nextStep: 'FORM_CORE_GROUP' };
    if (core < LEADERSHIP_MIN_CORE) {
      return { status: 'WEAK', summary: 'A single organisation leads; responsibility and risk are not shared.', evidence: shown, nextStep: 'WIDEN_CORE_GROUP' };
    }
    if (coreContributing === core) {
      return {
        status: 'STRONG',
        summary: 'A core group of several organisations leads, and every one of them invests resources.',
        evidence: shown,
        nextStep: null,
      };
    }
    // Pledges firm up with the MoU, so in initiation a core group without them is still fine.
    if (registry.phase !== Phase.INITIATION && coreContributing / core < LEADERSHIP_MIN_CONTRIBUTING_SHARE) {
      return {
        status: 'WEAK',
        summary: 'A core group is recorded, but most of its members commit no resources.',
        evidence: shown,
        nextStep: 'CORE_COMMIT_RESOURCES',
      };
    }
    return {
      status: 'ADEQUATE',
      summary: 'A core group of several organisations leads; not all of them commit resources yet.',
      evidence: shown,
      nextStep: 'CORE_COMMIT_RESOURCES',
    };
  },
};

export const highLevelSupportRule: HealthRule = {
  factor: 'HIGH_LEVEL_SUPPORT',
  area: 'COMMON_STRATEGY',
  expectedFrom: Phase.DESIGN,
  source: 'REGISTRY',
  reads: ['registry.stakeholders.champions'],
  statuses: ['STRONG', 'ADEQUATE', 'MISSING', 'NOT_YET_EXPECTED'],
  evaluate({ registry }) {
    const { champions } = registry.stakeholders;
    const shown = [evidence('stakeholders.roles', champions, `${count(champions, 'organisation')} in the champion role.`)];
    if (champions === 0) return { status: 'MISSING', summary: 'No champion is recorded.', evidence: shown, nextStep: 'FIND_CHAMPION' };
    if (champions < HIGH_LEVEL_SUPPORT_STRONG_CHAMPIONS) {
      return { status: 'ADEQUATE', summary: 'One champion backs the partnership.', evidence: shown, nextStep: 'ADD_CHAMPION' };
    }
    return { status: 'STRONG', summary: `${champions} champions back the partnership.`, evidence: shown, nextStep: null };
  },
};
