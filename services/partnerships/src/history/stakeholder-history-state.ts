/** A contribution as read or as about to be written. */
export interface ContributionLike {
  kind: string;
  description: string;
  amount: number | null;
  currency: string | null;
  person_days: number | null;
}

/** `stakeholders[<organization id>]`: a stakeholder is named by its organisation in the history. */
export function stakeholderField(organizationId: string): string {
  return `stakeholders[${organizationId}]`;
}

/** A stakeholder's part in the partnership, as the change history shows it. */
export function stakeholderState(stakeholder: { roles: readonly string[]; commitment: string }, contributions: readonly ContributionLike[]) {
  return {
    roles: [...stakeholder.roles],
    commitment: stakeholder.commitment,
    contributions: contributions.map((contribution) => ({
      kind: contribution.kind,
      description: contribution.description,
      amount: contribution.amount,
      currency: contribution.currency?.trim() ?? null,
      personDays: contribution.person_days,
    })),
  };
}
