import { ContributionKind, OrganizationType, Phase, StakeholderRole, type SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { originSentence, partnersPhrase } from './demo-descriptions.js';
import type { DemoContribution, DemoPartnership, DemoSelfAssessment, DemoStakeholder } from './demo-partnership.js';
import { addDays, yearOf } from './iso-dates.js';

/**
 * Situations the health check must be able to show that generated partnerships rarely or
 * never reach by chance (no partners yet, a secretariat without staff, funding spread
 * evenly, partners leaving...). Each is given to one partnership of a fitting phase, so a
 * set of demo partnerships shows every status of every factor somewhere.
 */
interface HealthVariant {
  /** What the partnership is like, for readers of this table. */
  situation: string;
  phase: Phase;
  fits?: (partnership: DemoPartnership, context: VariantContext) => boolean;
  apply: (partnership: DemoPartnership, context: VariantContext) => DemoPartnership;
}

interface VariantContext {
  today: string;
  /** Organisations of other partnerships, to play the partners who left. */
  othersInCountry: (partnership: DemoPartnership) => DemoStakeholder['organization'][];
}

/** Below this many partnerships the variants are left out: a small set is a sample, not the demo. */
export const MIN_PARTNERSHIPS_FOR_VARIANTS = 100;

const { INITIATION, DESIGN, IMPLEMENTATION, FURTHER_DEVELOPMENT } = Phase;
const isFinancial = (contribution: DemoContribution) => contribution.kind === ContributionKind.FINANCIAL;
const hasType = (partnership: DemoPartnership, type: OrganizationType) => partnership.stakeholders.some((s) => s.organization.type === type);

const HEALTH_VARIANTS: readonly HealthVariant[] = [
  { situation: 'objectives not written down yet', phase: DESIGN, apply: (p) => withDetails(p, { objectives: [] }) },
  {
    situation: 'no SDG targets declared yet',
    phase: INITIATION,
    apply: (p) => withDetails(p, { sdgTargets: [], indicators: (p.details.indicators ?? []).map((indicator) => ({ ...indicator, sdgIndicatorCode: null })) }),
  },
  { situation: 'objectives without milestones or indicators', phase: DESIGN, apply: (p) => withDetails(p, { milestones: [], indicators: [] }) },
  {
    situation: 'nobody has taken the lead',
    phase: INITIATION,
    apply: (p) =>
      withStakeholders(
        p,
        p.stakeholders.map((s) => ({ ...s, roles: withoutLead(s.roles) })),
      ),
  },
  {
    situation: 'one organisation leads alone',
    phase: DESIGN,
    apply: (p) => ({
      ...p,
      stakeholders: p.stakeholders.map((s) => (s.roles.includes(StakeholderRole.INITIATOR) ? s : { ...s, roles: withoutLead(s.roles) })),
    }),
  },
  {
    situation: 'just registered, partners not recorded yet',
    phase: INITIATION,
    apply: (p) => ({ ...withStakeholders(p, []), departedStakeholders: [], selfAssessments: [] }),
  },
  {
    situation: 'only NGOs at the table',
    phase: INITIATION,
    apply: (p) =>
      withStakeholders(
        p,
        p.stakeholders.filter((s) => s.organization.type === OrganizationType.CIVIL_SOCIETY),
      ),
  },
  {
    situation: 'a hosted secretariat nobody works for',
    phase: IMPLEMENTATION,
    fits: (p) => p.stakeholders.some((s) => s.hostsSecretariat),
    apply: (p) => ({ ...p, governance: { ...p.governance, secretariatStaffCount: 0 } }),
  },
  { situation: 'no agreed way of deciding', phase: DESIGN, apply: (p) => ({ ...p, governance: { ...p.governance, decisionMaking: null } }) },
  {
    situation: 'nobody has committed anything',
    phase: DESIGN,
    apply: (p) => ({ ...p, stakeholders: p.stakeholders.map((s) => ({ ...s, contributions: [] })) }),
  },
  {
    situation: 'goods and staff time, no money yet',
    phase: DESIGN,
    fits: (p) => p.stakeholders.some((s) => s.contributions.some((c) => !isFinancial(c))),
    apply: (p) => withFunding(p, []),
  },
  {
    situation: 'four funders giving similar amounts',
    phase: IMPLEMENTATION,
    fits: (p) => p.stakeholders.length >= 4,
    apply: (p) => withFunding(p, [400_000, 350_000, 300_000, 250_000]),
  },
  { situation: 'two funders, one larger', phase: IMPLEMENTATION, fits: (p) => p.stakeholders.length >= 2, apply: (p) => withFunding(p, [600_000, 400_000]) },
  { situation: 'a single funder', phase: IMPLEMENTATION, apply: (p) => withFunding(p, [750_000]) },
  { situation: 'no communication channel agreed', phase: DESIGN, apply: (p) => ({ ...p, governance: { ...p.governance, communicationChannels: [] } }) },
  {
    situation: 'a single communication channel',
    phase: IMPLEMENTATION,
    apply: (p) => ({ ...p, governance: { ...p.governance, communicationChannels: p.governance.communicationChannels.slice(0, 1) } }),
  },
  {
    situation: 'an MoU, but most partners never wrote down their commitment',
    phase: IMPLEMENTATION,
    fits: (p) => p.governance.mouSignedOn !== null && p.stakeholders.length >= 3,
    apply: (p) => ({ ...p, stakeholders: p.stakeholders.map((s, index) => (index === 0 ? s : { ...s, commitment: '' })) }),
  },
  {
    situation: 'an MoU, one partner without a written commitment',
    phase: IMPLEMENTATION,
    fits: (p) => p.governance.mouSignedOn !== null && p.stakeholders.length >= 4,
    apply: (p) => ({ ...p, stakeholders: p.stakeholders.map((s, index) => (index === 0 ? { ...s, commitment: '' } : s)) }),
  },
  {
    situation: 'an indicator without a baseline',
    phase: IMPLEMENTATION,
    fits: (p) => (p.details.indicators ?? []).length >= 2,
    apply: (p) =>
      withDetails(p, { indicators: (p.details.indicators ?? []).map((indicator, index) => (index === 0 ? { ...indicator, baseline: null } : indicator)) }),
  },
  {
    situation: 'scaling up with neither milestones nor indicators',
    phase: FURTHER_DEVELOPMENT,
    apply: (p) => ({ ...withDetails(p, { milestones: [], indicators: [] }), reports: p.reports.map((report) => ({ ...report, values: [] })) }),
  },
  { situation: 'never reported, never evaluated', phase: FURTHER_DEVELOPMENT, apply: (p) => ({ ...withDetails(p, { lastEvaluatedOn: null }), reports: [] }) },
  {
    situation: 'reports, but never evaluated',
    phase: FURTHER_DEVELOPMENT,
    fits: (p) => p.reports.length > 0,
    apply: (p) => withDetails(p, { lastEvaluatedOn: null }),
  },
  {
    situation: 'evaluated recently',
    phase: FURTHER_DEVELOPMENT,
    fits: (p) => p.reports.length > 0,
    apply: (p, { today }) => withDetails(p, { lastEvaluatedOn: laterDate(p.details.startDate!, addDays(today, -120)) }),
  },
  {
    situation: 'evaluated long ago',
    phase: FURTHER_DEVELOPMENT,
    fits: (p, { today }) => (implementedFrom(p) ?? today) <= addDays(today, -(3 * 365 + 60)),
    apply: (p) => withDetails(p, { lastEvaluatedOn: addDays(implementedFrom(p)!, 30) }),
  },
  {
    situation: 'a handover plan with community organisations on board',
    phase: FURTHER_DEVELOPMENT,
    fits: (p) => hasType(p, OrganizationType.COMMUNITY),
    apply: (p) =>
      withDetails(p, { continuationPlan: 'Community organisations take over the running of the activities, with the district authorities in support.' }),
  },
  {
    situation: 'a continuation plan, nobody local to hand over to',
    phase: FURTHER_DEVELOPMENT,
    fits: (p) => !hasType(p, OrganizationType.COMMUNITY),
    apply: (p) => withDetails(p, { continuationPlan: 'Scale the approach to two further regions with the same partners.' }),
  },
  {
    situation: 'several partners left this year',
    phase: IMPLEMENTATION,
    fits: (p) => p.stakeholders.length <= 9,
    apply: (p, { othersInCountry }) => ({
      ...p,
      departedStakeholders: othersInCountry(p)
        .slice(0, 3)
        .map((organization) => ({
          organization,
          roles: [StakeholderRole.MEMBER],
          commitment: 'Took part in joint planning until its own priorities changed',
          contributions: [],
          hostsSecretariat: false,
        })),
    }),
  },
  {
    situation: 'members who trust each other and speak one language',
    phase: DESIGN,
    apply: (p, { today }) => ({
      ...withProblemStatement(p),
      selfAssessments: [
        assessment(laterDate(p.details.startDate!, addDays(today, -40)), [
          ['TRUST', 5, 'Partners speak openly.'],
          ['SHARED_LANGUAGE', 5, 'We agreed a glossary.'],
          ['RESOURCES', 5, 'Money is no issue.'],
        ]),
      ],
    }),
  },
  {
    situation: 'members who see tension and talk past each other',
    phase: IMPLEMENTATION,
    apply: (p, { today }) => ({
      ...p,
      selfAssessments: [
        assessment(laterDate(p.details.startDate!, addDays(today, -25)), [
          ['TRUST', 2, 'Some partners feel left out.'],
          ['SHARED_LANGUAGE', 1, 'We talk past each other.'],
          ['SECRETARIAT', 1, 'Coordination is missing.'],
        ]),
      ],
    }),
  },
];

/** Gives each variant to one partnership of its phase (a different one each), in place; deterministic. */
export function applyHealthVariants(partnerships: DemoPartnership[], today: string): void {
  if (partnerships.length < MIN_PARTNERSHIPS_FOR_VARIANTS) return;
  const varied = new Set<number>();
  const context: VariantContext = { today, othersInCountry: (partnership) => organisationsNear(partnerships, partnership) };
  HEALTH_VARIANTS.forEach((variant, variantIndex) => {
    // Spread the variants over the set rather than bunching them at the start.
    const offset = (variantIndex * 37) % partnerships.length;
    for (let step = 0; step < partnerships.length; step += 1) {
      const index = (offset + step) % partnerships.length;
      const partnership = partnerships[index]!;
      if (varied.has(index) || partnership.phase !== variant.phase || !(variant.fits?.(partnership, context) ?? true)) continue;
      partnerships[index] = variant.apply(partnership, context);
      varied.add(index);
      return;
    }
  });
}

function withDetails(partnership: DemoPartnership, details: Partial<DemoPartnership['details']>): DemoPartnership {
  return { ...partnership, details: { ...partnership.details, ...details } };
}

/** New partners, with the summary and the origin sentence of the description told again from them. */
function withStakeholders(partnership: DemoPartnership, stakeholders: DemoStakeholder[]): DemoPartnership {
  const { summary, description, startDate } = partnership.details;
  const startYear = yearOf(startDate!);
  return withDetails(
    { ...partnership, stakeholders },
    {
      summary: summary?.replace(/^.*? working together on /, `${partnersPhrase(stakeholders)} working together on `) ?? null,
      description: description?.replace(/The partnership was initiated in \d{4}[^.]*\./, originSentence(startYear, stakeholders)) ?? null,
    },
  );
}

function withoutLead(roles: readonly StakeholderRole[]): StakeholderRole[] {
  const kept = roles.filter((role) => role !== StakeholderRole.INITIATOR && role !== StakeholderRole.CORE_GROUP);
  return kept.length > 0 ? kept : [StakeholderRole.MEMBER];
}

/** All money in US dollars, from the first partners in the given amounts (none: no money at all). */
function withFunding(partnership: DemoPartnership, amounts: readonly number[]): DemoPartnership {
  const stakeholders = partnership.stakeholders.map((stakeholder, index) => {
    const others = stakeholder.contributions.filter((c) => !isFinancial(c));
    const amount = amounts[index];
    if (amount === undefined) return { ...stakeholder, contributions: others };
    const grant: DemoContribution = {
      kind: ContributionKind.FINANCIAL,
      description: 'Grant for the joint work plan',
      amount,
      currency: 'USD',
      personDays: null,
    };
    const roles = stakeholder.roles.includes(StakeholderRole.FUNDER) ? stakeholder.roles : [...stakeholder.roles, StakeholderRole.FUNDER];
    return { ...stakeholder, roles, contributions: [grant, ...others] };
  });
  return { ...partnership, stakeholders };
}

function withProblemStatement(partnership: DemoPartnership): DemoPartnership {
  if (partnership.details.problemStatement) return partnership;
  const firstSentence = partnership.details.description?.split(/(?<=\.)\s/)[0] ?? partnership.details.name;
  return withDetails(partnership, { problemStatement: `${firstSentence} The partners agree that none of them can solve this alone.` });
}

function assessment(assessedOn: string, scores: readonly (readonly [SuccessFactor, number, string])[]): DemoSelfAssessment {
  return { assessedOn, scores: scores.map(([factor, score, note]) => ({ factor, score, note })) };
}

/** Organisations of other partnerships working in the same countries, not already partners here. */
function organisationsNear(partnerships: readonly DemoPartnership[], partnership: DemoPartnership): DemoStakeholder['organization'][] {
  const own = new Set(partnership.stakeholders.map((s) => s.organization.name));
  const countries = new Set(partnership.details.countries ?? []);
  const seen = new Set<string>();
  const near: DemoStakeholder['organization'][] = [];
  for (const other of partnerships) {
    if (other === partnership || !(other.details.countries ?? []).some((country) => countries.has(country))) continue;
    for (const { organization } of other.stakeholders) {
      if (own.has(organization.name) || seen.has(organization.name)) continue;
      seen.add(organization.name);
      near.push(organization);
    }
  }
  return near;
}

const laterDate = (a: string, b: string) => (a > b ? a : b);
const implementedFrom = (p: DemoPartnership) => p.phaseSteps.find((step) => step.phase === IMPLEMENTATION)?.changedOn ?? null;
