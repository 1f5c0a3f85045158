// One rule for the registry and the health check (packages/msp-vocabulary).
export { isProgressReportOverdue, REPORTING_INTERVAL_MONTHS } from '@msp-atlas/msp-vocabulary';
