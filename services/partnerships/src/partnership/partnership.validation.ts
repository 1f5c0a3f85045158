import { badUserInput } from '@msp-atlas/federation';
import { isCountryCode, isRegionCode, isSectorCode } from '@msp-atlas/reference-data';
import { compareSdgCodes, goalCodeOf, isSdgIndicatorCode, isSdgTargetCode } from '@msp-atlas/sdg-framework';
import { knownCodes, notNegative, optionalText, requiredText, textList } from '@msp-atlas/validation';
import { today } from '../domain/clock.js';
import { MilestoneStatus } from '../domain/enums.js';
import type { GovernanceInput } from './governance.input.js';
import type { IndicatorInput } from './indicator.input.js';
import type { MilestoneInput } from './milestone.input.js';

export const countryCodes = (values: readonly string[] | null | undefined, field: string) =>
  knownCodes(values, field, isCountryCode, 'country code (ISO 3166-1 alpha-3)');

export const regionCodes = (values: readonly string[] | null | undefined, field: string) =>
  knownCodes(values, field, isRegionCode, 'region code (UN M49)', (code) => code.trim());

export const sectorCodes = (values: readonly string[] | null | undefined, field: string) =>
  knownCodes(values, field, isSectorCode, 'sector code (OECD DAC 3-digit)', (code) => code.trim());

export function sdgTargetCodes(values: readonly string[] | null | undefined, field: string): string[] {
  return knownCodes(values, field, isSdgTargetCode, 'SDG target code', (code) => code.trim().toLowerCase()).sort(compareSdgCodes);
}

export function sdgGoalsOf(targets: readonly string[]): string[] {
  // biome-ignore lint/style/noNonNullAssertion: the targets were validated as SDG target codes, which all have a goal
  return [...new Set(targets.map((target) => goalCodeOf(target)!))].sort(compareSdgCodes);
}

export interface GovernanceValues {
  secretariat_host_id: string | null;
  secretariat_staff_count: number | null;
  mou_signed_on: string | null;
  decision_making: string | null;
  communication_channels: string[];
}

export function governanceValues(input: GovernanceInput | null | undefined, field: string): GovernanceValues {
  notNegative(input?.secretariatStaffCount, `${field}.secretariatStaffCount`);
  return {
    secretariat_host_id: input?.secretariatHostId ?? null,
    secretariat_staff_count: input?.secretariatStaffCount ?? null,
    mou_signed_on: input?.mouSignedOn ?? null,
    decision_making: input?.decisionMaking ?? null,
    communication_channels: textList(input?.communicationChannels, `${field}.communicationChannels`, 200),
  };
}

interface HealthFieldsInput {
  problemStatement?: string | null;
  continuationPlan?: string | null;
  lastEvaluatedOn?: string | null;
}

/** The record fields the health check reads, only those given (an update leaves the others alone); blank text is none. */
export function healthFieldValues(input: HealthFieldsInput, field: string) {
  const values: { problem_statement?: string | null; continuation_plan?: string | null; last_evaluated_on?: string | null } = {};
  if (input.problemStatement !== undefined) {
    values.problem_statement = optionalText(input.problemStatement, `${field}.problemStatement`, 5_000) || null;
  }
  if (input.continuationPlan !== undefined) {
    values.continuation_plan = optionalText(input.continuationPlan, `${field}.continuationPlan`, 5_000) || null;
  }
  if (input.lastEvaluatedOn !== undefined) {
    if (input.lastEvaluatedOn !== null && input.lastEvaluatedOn > today()) {
      throw badUserInput('An evaluation cannot lie in the future', `${field}.lastEvaluatedOn`);
    }
    values.last_evaluated_on = input.lastEvaluatedOn;
  }
  return values;
}

export function milestoneValues(inputs: readonly MilestoneInput[] | null | undefined, field: string) {
  return (inputs ?? []).map((input, index) => ({
    id: input.id ?? null,
    title: requiredText(input.title, `${field}[${index}].title`, 300),
    due_on: input.dueOn ?? null,
    status: input.status ?? MilestoneStatus.PLANNED,
  }));
}

export function indicatorValues(inputs: readonly IndicatorInput[] | null | undefined, field: string) {
  return (inputs ?? []).map((input, index) => {
    const code = input.sdgIndicatorCode?.trim().toLowerCase() || null;
    if (code !== null && !isSdgIndicatorCode(code)) {
      throw badUserInput(`Unknown SDG indicator code "${input.sdgIndicatorCode}"`, `${field}[${index}].sdgIndicatorCode`);
    }
    return {
      id: input.id ?? null,
      name: requiredText(input.name, `${field}[${index}].name`, 300),
      unit: optionalText(input.unit, `${field}[${index}].unit`, 100),
      baseline: input.baseline ?? null,
      target: input.target ?? null,
      sdg_indicator_code: code,
    };
  });
}

export type MilestoneValues = ReturnType<typeof milestoneValues>[number];
export type IndicatorValues = ReturnType<typeof indicatorValues>[number];
