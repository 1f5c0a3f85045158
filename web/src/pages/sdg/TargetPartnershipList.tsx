import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { countryName } from '../../reference/country-options';

interface TargetPartnerships {
  totalCount: number;
  edges: readonly { node: { id: string; slug: string; name: string; countries: readonly string[] } }[];
}

/** Who works on a target, where: the partnerships declaring it, each with its countries. */
export function TargetPartnershipList({ partnerships, testId }: { partnerships: TargetPartnerships; testId: string }) {
  const { t } = useTranslation();
  if (partnerships.totalCount === 0) return <p className="empty-state">{t('sdgPages.goal.nobodyYet')}</p>;
  return (
    <ul className="sdg-partnership-list" data-testid={testId}>
      {partnerships.edges.map(({ node }) => (
        <li key={node.id}>
          <Link to="/partnerships/$slug" params={{ slug: node.slug }}>
            {node.name}
          </Link>{' '}
          <span className="muted">{node.countries.map(countryName).join(', ')}</span>
        </li>
      ))}
    </ul>
  );
}
