import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ORGANIZATION_SEARCH_QUERY } from '../../api/organization-search-query';
import type { OrganizationSummary } from './organization-matches-fragment';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import { ORGANIZATION_TYPE_LABELS } from '../../labels/organization-type-labels';
import { countryName } from '../../reference/country-options';

interface OrganizationMatchesProps {
  name: string;
  onUse: (organization: OrganizationSummary) => void;
}

const MIN_LENGTH = 3;

/**
 * Registered organisations whose name resembles what is being typed, so a partner
 * already on the platform is linked instead of registered twice.
 */
export function OrganizationMatches({ name, onUse }: OrganizationMatchesProps) {
  const { t } = useTranslation();
  const search = useDebouncedValue(name.trim(), 400);
  const [{ data }] = useQuery({
    query: ORGANIZATION_SEARCH_QUERY,
    variables: { search },
    pause: search.length < MIN_LENGTH,
  });
  const matches = search.length >= MIN_LENGTH ? (data?.organizations?.edges.map((edge) => edge.node) ?? []) : [];
  if (matches.length === 0) return null;
  return (
    <div className="organization-matches">
      <p className="field-hint">{t('form.alreadyRegisteredOnMsp')}</p>
      <ul>
        {matches.map((organization) => (
          <li key={organization.id}>
            <button type="button" className="button button-link" onClick={() => onUse(organization)}>
              {t('form.useOrganization', { name: organization.name })}
            </button>{' '}
            <span className="muted">
              ({ORGANIZATION_TYPE_LABELS[organization.type]}
              {organization.country ? `, ${countryName(organization.country)}` : ''})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
