import type { PartnershipSnapshot, RecordDetailsSnapshot } from '@msp-atlas/event-contracts';

/**
 * The registry's record as far as the health rules read it, kept from its events: the
 * snapshot's fields without the texts the rules only test for presence.
 */
export interface RegistryRecord {
  phase: string;
  startDate: string | null;
  objectives: string[];
  problemStatement: boolean;
  continuationPlan: boolean;
  lastEvaluatedOn: string | null;
  sdgTargets: number;
  sectors: number;
  stakeholders: {
    organizationId: string;
    organizationType: string;
    roles: string[];
    hasCommitment: boolean;
    contributions: { kind: string; amount: number | null; personDays: number | null }[];
  }[];
  details: RecordDetailsSnapshot;
}

const hasText = (value: string | null) => value !== null && value.trim() !== '';

/** What to keep of a snapshot; null when the event is older than the details it needs. */
export function registryRecordOf(snapshot: PartnershipSnapshot): RegistryRecord | null {
  if (!snapshot.details) return null;
  return {
    phase: snapshot.phase,
    startDate: snapshot.startDate,
    objectives: snapshot.objectives,
    problemStatement: hasText(snapshot.problemStatement),
    continuationPlan: hasText(snapshot.continuationPlan),
    lastEvaluatedOn: snapshot.lastEvaluatedOn,
    sdgTargets: snapshot.sdgTargets.length,
    sectors: snapshot.sectors.length,
    stakeholders: snapshot.stakeholders.map((stakeholder) => ({
      organizationId: stakeholder.organizationId,
      organizationType: stakeholder.organizationType,
      roles: stakeholder.roles,
      hasCommitment: hasText(stakeholder.commitment ?? null),
      contributions: stakeholder.contributions.map(({ kind, amount, personDays }) => ({ kind, amount, personDays })),
    })),
    details: snapshot.details,
  };
}
