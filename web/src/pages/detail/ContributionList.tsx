import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { formatMoney, formatNumber } from '../../format/format-money';
import { CONTRIBUTION_KIND_LABELS } from '../../labels/contribution-kind-labels';
import type { ContributionListItemFragment } from './contribution-list-fragment';

type Contribution = ResultOf<typeof ContributionListItemFragment>;

function amountOf(contribution: Contribution): string | null {
  const parts: string[] = [];
  if (contribution.amount !== null && contribution.currency) parts.push(formatMoney(contribution.amount, contribution.currency));
  if (contribution.personDays !== null) parts.push(`${formatNumber(contribution.personDays)} person-days`);
  return parts.length > 0 ? parts.join(', ') : null;
}

export function ContributionList({ contributions }: { contributions: Contribution[] }) {
  const { t } = useTranslation();
  if (contributions.length === 0) return null;
  return (
    <div className="contributions">
      <p className="label">{t('detail.contributions')}</p>
      <ul>
        {contributions.map((contribution) => {
          const amount = amountOf(contribution);
          return (
            <li key={contribution.id}>
              <strong>{CONTRIBUTION_KIND_LABELS[contribution.kind]}</strong>
              {amount && `: ${amount}`}
              {contribution.description && <span className="contribution-description"> — {contribution.description}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
