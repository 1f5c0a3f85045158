import { badUserInput, isUuid } from '@msp-atlas/federation';
import { Scope, StakeholderRole } from '@msp-atlas/msp-vocabulary';
import { isCountryCode, isRegionCode, isSectorCode } from '@msp-atlas/reference-data';
import { isSdgTargetCode } from '@msp-atlas/sdg-framework';
import { knownCodes, optionalText, textList } from '@msp-atlas/validation';
import type { Db } from '../database.js';
import { organizationIdsNamed } from '../overlap-index/partnership-index.repository.js';
import { LEAD_ROLES } from '../overlap-index/partnership-profile.js';
import { normalizeOrganizationName } from '../similarity/organization-name.js';
import type { OverlapProfile } from '../similarity/overlap-profile.js';
import type { PartnershipDraftInput } from './partnership-draft.input.js';

const FIELD = 'draft';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The draft as a profile to compare, after the checks the registry makes on the same
 * fields. A draft with nothing to compare on (no text, targets or places) is refused.
 */
export async function draftProfileOf(db: Db, draft: PartnershipDraftInput): Promise<OverlapProfile> {
  const name = optionalText(draft.name, `${FIELD}.name`, 200);
  const summary = optionalText(draft.summary, `${FIELD}.summary`, 1_000);
  const description = optionalText(draft.description, `${FIELD}.description`, 20_000);
  const objectives = textList(
    (draft.objectives ?? []).filter((objective) => objective.trim() !== ''),
    `${FIELD}.objectives`,
    500,
  );
  const scope = draft.scope?.trim().toUpperCase() || Scope.NATIONAL;
  if (!Object.hasOwn(Scope, scope)) throw badUserInput(`Unknown scope "${draft.scope}"`, `${FIELD}.scope`);
  const countries = knownCodes(draft.countries, `${FIELD}.countries`, isCountryCode, 'country');
  const regions = knownCodes(draft.regions, `${FIELD}.regions`, isRegionCode, 'region', (code) => code.trim());
  const sectors = knownCodes(draft.sectors, `${FIELD}.sectors`, isSectorCode, 'sector', (code) => code.trim());
  const declaredTargets = knownCodes(draft.sdgTargets, `${FIELD}.sdgTargets`, isSdgTargetCode, 'SDG target', (code) => code.trim().toLowerCase());
  const startDate = draft.startDate?.trim() || null;
  if (startDate && (!ISO_DATE.test(startDate) || Number.isNaN(Date.parse(startDate)))) throw badUserInput('Not an ISO 8601 date', `${FIELD}.startDate`);

  const stakeholders = (draft.stakeholders ?? []).map((stakeholder, index) => {
    const field = `${FIELD}.stakeholders[${index}]`;
    if (stakeholder.organizationId && !isUuid(stakeholder.organizationId)) throw badUserInput('Not an organisation id', `${field}.organizationId`);
    const roles = knownCodes(stakeholder.roles, `${field}.roles`, (code) => Object.hasOwn(StakeholderRole, code), 'role');
    const organizationName = optionalText(stakeholder.organizationName, `${field}.organizationName`, 200);
    return { organizationId: stakeholder.organizationId ?? null, organizationName, roles };
  });
  const idsByName = await organizationIdsNamed(
    db,
    stakeholders
      .filter((stakeholder) => !stakeholder.organizationId && stakeholder.organizationName)
      .map((stakeholder) => normalizeOrganizationName(stakeholder.organizationName)),
  );
  const resolved = stakeholders
    .map((stakeholder) => ({
      ...stakeholder,
      organizationId: stakeholder.organizationId ?? idsByName.get(normalizeOrganizationName(stakeholder.organizationName)) ?? null,
    }))
    .filter((stakeholder): stakeholder is typeof stakeholder & { organizationId: string } => stakeholder.organizationId !== null);

  if (
    !name &&
    !summary &&
    !description &&
    objectives.length === 0 &&
    declaredTargets.length === 0 &&
    countries.length === 0 &&
    regions.length === 0 &&
    resolved.length === 0
  ) {
    throw badUserInput('Give at least a name, a text, an SDG target or a place to compare', FIELD);
  }
  return {
    id: null,
    name,
    summary,
    description,
    objectives,
    scope,
    status: 'ACTIVE',
    countries,
    regions,
    sectors,
    declaredTargets,
    suggestedTargets: [],
    organizationIds: [...new Set(resolved.map((stakeholder) => stakeholder.organizationId))],
    leadOrganizationIds: [
      ...new Set(
        resolved.filter((stakeholder) => stakeholder.roles.some((role) => LEAD_ROLES.includes(role))).map((stakeholder) => stakeholder.organizationId),
      ),
    ],
    startDate,
  };
}
