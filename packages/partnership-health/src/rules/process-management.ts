import { Phase } from '@msp-atlas/msp-vocabulary';
import { addDays } from '../dates.js';
import type { HealthRule } from './rule.js';
import { count, evidence } from './evidence.js';

/** Overdue milestones from which the focus on results is weak, or their share of the dated ones. */
export const RESULTS_ORIENTATION_WEAK_OVERDUE = 3;
export const RESULTS_ORIENTATION_WEAK_OVERDUE_SHARE = 0.5;
/** Below this share of partners with a written commitment, roles are unclear. */
export const ROLES_COMMITMENTS_WEAK_SHARE = 0.5;
/** Communication channels from which the information flow counts as adequate, and as strong. */
export const COMMUNICATION_ADEQUATE_CHANNELS = 2;
export const COMMUNICATION_STRONG_CHANNELS = 3;

export const resultsOrientationRule: HealthRule = {
  factor: 'RESULTS_ORIENTATION',
  area: 'PROCESS_MANAGEMENT',
  expectedFrom: Phase.IMPLEMENTATION,
  source: 'REGISTRY',
  reads: [
    'registry.milestones',
    'registry.datedMilestones',
    'registry.overdueMilestones',
    'registry.nextMilestoneDueOn',
    'registry.indicatorsWithBaselineAndTarget',
    'registry.indicatorsLinkedToSdg',
  ],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING', 'NOT_YET_EXPECTED'],
  evaluate({ registry }) {
    const { milestones, datedMilestones, overdueMilestones, indicatorsWithBaselineAndTarget: measurable, indicatorsLinkedToSdg } = registry;
    const shown = [
      evidence('milestones', milestones, `${count(milestones, 'milestone')} recorded.`),
      evidence('milestones.dueOn', overdueMilestones, `${overdueMilestones} past their due date and not done.`),
      evidence('indicators.baseline', measurable, `${count(measurable, 'indicator')} with a baseline and a target.`),
      evidence('indicators.sdgIndicatorCode', indicatorsLinkedToSdg, `${indicatorsLinkedToSdg} linked to an official SDG indicator.`),
    ];
    // The next milestone to fall due turns overdue the day after, unless it is done by then.
    const changesOn = registry.nextMilestoneDueOn ? [addDays(registry.nextMilestoneDueOn, 1)] : [];
    if (milestones === 0 && measurable === 0) {
      return { status: 'MISSING', summary: 'Neither milestones nor measurable indicators are recorded.', evidence: shown, nextStep: 'PLAN_MEASURABLE_RESULTS' };
    }
    const overdueShare = datedMilestones > 0 ? overdueMilestones / datedMilestones : 0;
    if (overdueMilestones >= RESULTS_ORIENTATION_WEAK_OVERDUE || (overdueMilestones > 0 && overdueShare >= RESULTS_ORIENTATION_WEAK_OVERDUE_SHARE)) {
      return {
        status: 'WEAK',
        summary: `${overdueMilestones} of ${datedMilestones} dated milestones are overdue.`,
        evidence: shown,
        nextStep: 'CATCH_UP_MILESTONES',
        changesOn,
      };
    }
    if (overdueMilestones === 0 && milestones > 0 && measurable > 0 && indicatorsLinkedToSdg > 0) {
      return {
        status: 'STRONG',
        summary: 'Milestones are on time and indicators measure results against the SDGs.',
        evidence: shown,
        nextStep: null,
        changesOn,
      };
    }
    const nextStep =
      overdueMilestones > 0
        ? 'CATCH_UP_MILESTONES'
        : milestones === 0
          ? 'PLAN_MEASURABLE_RESULTS'
          : measurable === 0
            ? 'SET_BASELINES_TARGETS'
            : 'LINK_INDICATORS_TO_SDG';
    return {
      status: 'ADEQUATE',
      summary: overdueMilestones > 0 ? 'A few milestones are overdue.' : 'Results are planned, in part measurably.',
      evidence: shown,
      nextStep,
      changesOn,
    };
  },
};

export const rolesCommitmentsRule: HealthRule = {
  factor: 'ROLES_COMMITMENTS',
  area: 'PROCESS_MANAGEMENT',
  expectedFrom: Phase.DESIGN,
  source: 'REGISTRY',
  reads: ['registry.mouSignedOn', 'registry.stakeholders.total', 'registry.stakeholders.withCommitment'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING', 'NOT_YET_EXPECTED'],
  evaluate({ registry }) {
    const { mouSignedOn } = registry;
    const { total, withCommitment } = registry.stakeholders;
    const shown = [
      evidence(
        'governance.mouSignedOn',
        mouSignedOn,
        mouSignedOn ? `A memorandum of understanding was signed on ${mouSignedOn}.` : 'No memorandum of understanding is recorded.',
      ),
      evidence('stakeholders.commitment', withCommitment, `${withCommitment} of ${count(total, 'partner')} have a written commitment.`),
    ];
    if (!mouSignedOn) return { status: 'MISSING', summary: 'No memorandum of understanding is recorded.', evidence: shown, nextStep: 'SIGN_MOU' };
    const share = total > 0 ? withCommitment / total : 0;
    if (share < ROLES_COMMITMENTS_WEAK_SHARE) {
      return {
        status: 'WEAK',
        summary: 'A memorandum is signed, but most partners have no written commitment.',
        evidence: shown,
        nextStep: 'WRITE_COMMITMENTS',
      };
    }
    if (share < 1)
      return {
        status: 'ADEQUATE',
        summary: 'A memorandum is signed; some partners have no written commitment.',
        evidence: shown,
        nextStep: 'WRITE_COMMITMENTS',
      };
    return { status: 'STRONG', summary: 'A memorandum is signed and every partner has a written commitment.', evidence: shown, nextStep: null };
  },
};

export const transparentCommunicationRule: HealthRule = {
  factor: 'TRANSPARENT_COMMUNICATION',
  area: 'PROCESS_MANAGEMENT',
  expectedFrom: Phase.DESIGN,
  source: 'REGISTRY',
  reads: ['registry.communicationChannels'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING', 'NOT_YET_EXPECTED'],
  evaluate({ registry }) {
    const channels = registry.communicationChannels;
    const shown = [evidence('governance.communicationChannels', channels, `${count(channels, 'communication channel')} recorded.`)];
    if (channels === 0) return { status: 'MISSING', summary: 'No communication channel is recorded.', evidence: shown, nextStep: 'SET_UP_CHANNELS' };
    if (channels < COMMUNICATION_ADEQUATE_CHANNELS)
      return { status: 'WEAK', summary: 'Partners rely on a single channel to keep each other informed.', evidence: shown, nextStep: 'ADD_CHANNELS' };
    if (channels < COMMUNICATION_STRONG_CHANNELS)
      return { status: 'ADEQUATE', summary: `Partners keep each other informed through ${channels} channels.`, evidence: shown, nextStep: 'ADD_CHANNELS' };
    return { status: 'STRONG', summary: `Partners keep each other informed through ${channels} channels.`, evidence: shown, nextStep: null };
  },
};
