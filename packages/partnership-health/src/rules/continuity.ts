import { Phase } from '@msp-atlas/msp-vocabulary';
import type { HealthRule } from './rule.js';
import { evidence } from './evidence.js';

export const scalingHandoverRule: HealthRule = {
  factor: 'SCALING_HANDOVER',
  area: 'CONTINUITY',
  expectedFrom: Phase.FURTHER_DEVELOPMENT,
  source: 'REGISTRY',
  reads: ['registry.continuationPlan', 'registry.stakeholders.byType'],
  statuses: ['STRONG', 'ADEQUATE', 'MISSING', 'NOT_YET_EXPECTED'],
  evaluate({ registry }) {
    const localPartners = registry.stakeholders.byType.COMMUNITY ?? 0;
    const shown = [
      evidence(
        'continuationPlan',
        registry.continuationPlan,
        registry.continuationPlan ? 'A continuation plan is recorded.' : 'No continuation plan is recorded.',
      ),
      evidence('stakeholders.organization.type', localPartners, `${localPartners} community organisations could take the work over.`),
    ];
    if (!registry.continuationPlan)
      return {
        status: 'MISSING',
        summary: 'No plan for continuing, scaling or handing over the work is recorded.',
        evidence: shown,
        nextStep: 'PLAN_CONTINUATION',
      };
    // Handing over means someone local to hand over to.
    if (localPartners === 0)
      return {
        status: 'ADEQUATE',
        summary: 'A continuation plan is recorded, but no community organisation is a partner.',
        evidence: shown,
        nextStep: 'INVOLVE_LOCAL_PARTNERS',
      };
    return { status: 'STRONG', summary: 'A continuation plan is recorded, with community organisations among the partners.', evidence: shown, nextStep: null };
  },
};
