import { Phase } from '@msp-atlas/msp-vocabulary';
import { ageingOutOn, isWithinMonths } from '../dates.js';
import type { HealthRule } from './rule.js';
import { count, evidence } from './evidence.js';

/** Below this share of indicators with a baseline and a target, results cannot be measured. */
export const RESULTS_MONITORING_WEAK_BASELINE_SHARE = 0.5;
/** The registry's reporting interval (services/partnerships report-overdue.ts): the date its verdict flips. */
export const REPORTING_INTERVAL_MONTHS = 12;
/** An evaluation counts as current for this long. */
export const EVALUATION_RECENT_MONTHS = 36;
/** Lessons from which the partnership's learning counts as strong, and how recent the latest must be. */
export const LEARNING_STRONG_LESSONS = 2;
export const LEARNING_RECENT_MONTHS = 24;

export const resultsMonitoringRule: HealthRule = {
  factor: 'RESULTS_MONITORING',
  area: 'MONITORING_LEARNING',
  expectedFrom: Phase.DESIGN,
  source: 'REGISTRY',
  reads: [
    'registry.phase',
    'registry.enteredPhaseOn',
    'registry.indicators',
    'registry.indicatorsWithBaselineAndTarget',
    'registry.progressReports',
    'registry.lastReportedOn',
    'registry.progressReportOverdue',
  ],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING', 'NOT_YET_EXPECTED'],
  evaluate({ registry }) {
    const { phase, indicators, indicatorsWithBaselineAndTarget: measurable, progressReports } = registry;
    const shown = [
      evidence('indicators', indicators, `${count(indicators, 'indicator')} recorded.`),
      evidence('indicators.baseline', measurable, `${measurable} of them with a baseline and a target.`),
    ];
    if (indicators === 0) return { status: 'MISSING', summary: 'No indicators are recorded.', evidence: shown, nextStep: 'DEFINE_INDICATORS' };
    const reporting = phase === Phase.IMPLEMENTATION || phase === Phase.FURTHER_DEVELOPMENT;
    if (reporting) {
      shown.push(
        evidence('progressReports', progressReports, `${count(progressReports, 'progress report')} submitted.`),
        evidence(
          'progressReports.reportedOn',
          registry.lastReportedOn,
          registry.lastReportedOn ? `The latest was reported on ${registry.lastReportedOn}.` : 'No report yet.',
        ),
      );
    }
    if (phase === Phase.IMPLEMENTATION) {
      shown.push(
        evidence(
          'progressReportOverdue',
          registry.progressReportOverdue,
          registry.progressReportOverdue ? 'A yearly progress report is overdue.' : 'No progress report is overdue.',
        ),
      );
    }
    // While implementing, the registry's verdict flips a full interval after the later of entering the phase and the last report.
    const since = [registry.enteredPhaseOn, registry.lastReportedOn]
      .filter((date): date is string => date !== null)
      .sort()
      .at(-1);
    const changesOn = phase === Phase.IMPLEMENTATION && !registry.progressReportOverdue && since ? [ageingOutOn(since, REPORTING_INTERVAL_MONTHS)] : [];

    if (measurable / indicators < RESULTS_MONITORING_WEAK_BASELINE_SHARE) {
      return {
        status: 'WEAK',
        summary: 'Most indicators lack a baseline or a target, so results cannot be measured.',
        evidence: shown,
        nextStep: 'SET_BASELINES_TARGETS',
        changesOn,
      };
    }
    if (phase === Phase.IMPLEMENTATION && registry.progressReportOverdue) {
      return { status: 'WEAK', summary: 'A yearly progress report is overdue.', evidence: shown, nextStep: 'SUBMIT_PROGRESS_REPORT' };
    }
    if (phase === Phase.FURTHER_DEVELOPMENT && progressReports === 0) {
      return { status: 'WEAK', summary: 'No progress report was ever submitted.', evidence: shown, nextStep: 'SUBMIT_PROGRESS_REPORT' };
    }
    const allMeasurable = measurable === indicators;
    if (allMeasurable && (!reporting || progressReports > 0)) {
      return {
        status: 'STRONG',
        summary: reporting ? 'Every indicator has a baseline and a target, and progress is reported.' : 'Every indicator has a baseline and a target.',
        evidence: shown,
        nextStep: null,
        changesOn,
      };
    }
    return {
      status: 'ADEQUATE',
      summary: allMeasurable ? 'Indicators are measurable, but no progress report is in yet.' : 'Most indicators have a baseline and a target.',
      evidence: shown,
      nextStep: allMeasurable ? 'SUBMIT_PROGRESS_REPORT' : 'SET_BASELINES_TARGETS',
      changesOn,
    };
  },
};

export const evaluationReportingRule: HealthRule = {
  factor: 'EVALUATION_REPORTING',
  area: 'MONITORING_LEARNING',
  expectedFrom: Phase.FURTHER_DEVELOPMENT,
  source: 'REGISTRY',
  reads: ['today', 'registry.lastEvaluatedOn', 'registry.progressReports'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING', 'NOT_YET_EXPECTED'],
  evaluate({ today, registry }) {
    const { lastEvaluatedOn, progressReports } = registry;
    const shown = [
      evidence('lastEvaluatedOn', lastEvaluatedOn, lastEvaluatedOn ? `Last evaluated on ${lastEvaluatedOn}.` : 'No evaluation is recorded.'),
      evidence('progressReports', progressReports, `${count(progressReports, 'progress report')} published.`),
    ];
    if (!lastEvaluatedOn) {
      return progressReports > 0
        ? { status: 'WEAK', summary: 'Progress is reported, but the partnership has not been evaluated.', evidence: shown, nextStep: 'EVALUATE_PARTNERSHIP' }
        : { status: 'MISSING', summary: 'Neither an evaluation nor a progress report is recorded.', evidence: shown, nextStep: 'EVALUATE_PARTNERSHIP' };
    }
    if (!isWithinMonths(lastEvaluatedOn, today, EVALUATION_RECENT_MONTHS)) {
      return { status: 'ADEQUATE', summary: 'The last evaluation is more than three years old.', evidence: shown, nextStep: 'REPEAT_EVALUATION' };
    }
    const changesOn = [ageingOutOn(lastEvaluatedOn, EVALUATION_RECENT_MONTHS)];
    if (progressReports === 0) {
      return {
        status: 'ADEQUATE',
        summary: 'A recent evaluation is recorded, but no progress report is published.',
        evidence: shown,
        nextStep: 'PUBLISH_PROGRESS_REPORTS',
        changesOn,
      };
    }
    return { status: 'STRONG', summary: 'A recent evaluation and published progress reports are recorded.', evidence: shown, nextStep: null, changesOn };
  },
};

export const learningRule: HealthRule = {
  factor: 'LEARNING',
  area: 'MONITORING_LEARNING',
  expectedFrom: Phase.IMPLEMENTATION,
  source: 'LEARNING',
  reads: ['today', 'learning.publishedLessons', 'learning.lastPublishedOn'],
  statuses: ['STRONG', 'ADEQUATE', 'WEAK', 'MISSING', 'NOT_YET_EXPECTED'],
  evaluate({ today, learning }) {
    if (!learning) {
      return {
        status: 'MISSING',
        summary: 'The learning library has not answered, so lessons cannot be counted.',
        evidence: [evidence('learningHealthSignal', null, 'No answer from the learning library.')],
        nextStep: 'LEARNING_PENDING',
      };
    }
    const { publishedLessons, lastPublishedOn } = learning;
    const shown = [
      evidence('learningHealthSignal.publishedLessons', publishedLessons, `${count(publishedLessons, 'lesson')} published in the library.`),
      evidence(
        'learningHealthSignal.lastPublishedOn',
        lastPublishedOn,
        lastPublishedOn ? `The latest was published on ${lastPublishedOn}.` : 'None published yet.',
      ),
    ];
    if (publishedLessons === 0) return { status: 'MISSING', summary: 'No lesson is shared in the library.', evidence: shown, nextStep: 'SHARE_LESSON' };
    if (!lastPublishedOn || !isWithinMonths(lastPublishedOn, today, LEARNING_RECENT_MONTHS)) {
      return { status: 'WEAK', summary: 'No lesson was shared in the past two years.', evidence: shown, nextStep: 'SHARE_RECENT_LESSON' };
    }
    const changesOn = [ageingOutOn(lastPublishedOn, LEARNING_RECENT_MONTHS)];
    if (publishedLessons < LEARNING_STRONG_LESSONS) {
      return { status: 'ADEQUATE', summary: 'One recent lesson is shared in the library.', evidence: shown, nextStep: 'SHARE_MORE_LESSONS', changesOn };
    }
    return { status: 'STRONG', summary: `${publishedLessons} lessons are shared, the latest recently.`, evidence: shown, nextStep: null, changesOn };
  },
};
