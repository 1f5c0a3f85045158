import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { ORGANIZATION_TYPE_LABELS } from '../../labels/organization-type-labels';
import { ROLE_LABELS } from '../../labels/role-labels';
import { countryName } from '../../reference/country-options';
import { ContributionList } from './ContributionList';
import type { StakeholderCardFragment } from './stakeholder-card-fragment';

type Stakeholder = ResultOf<typeof StakeholderCardFragment>;

/** One organisation's part: who it is, its roles, what it commits and brings. */
export function StakeholderCard({ stakeholder }: { stakeholder: Stakeholder }) {
  const { t } = useTranslation();
  const { organization } = stakeholder;
  return (
    <li className="stakeholder card">
      <h3 className="stakeholder-name">{organization.name}</h3>
      <p className="stakeholder-meta">
        {ORGANIZATION_TYPE_LABELS[organization.type]}
        {organization.country && ` · ${countryName(organization.country)}`}
      </p>
      <ul className="role-list" aria-label={t('detail.roles')}>
        {stakeholder.roles.map((role) => (
          <li key={role} className="tag tag-role">
            {ROLE_LABELS[role]}
          </li>
        ))}
      </ul>
      {stakeholder.commitment && (
        <p className="commitment">
          <span className="label">{t('detail.commitment')} </span>
          {stakeholder.commitment}
        </p>
      )}
      <ContributionList contributions={stakeholder.contributions} />
    </li>
  );
}
