import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { formatMoney, formatNumber } from '../../format/format-money';
import { formatShare } from '../../format/format-share';
import { DetailSection } from './DetailSection';
import type { FundingConcentrationFragment } from './funding-concentration-section-fragment';

type FundingConcentration = ResultOf<typeof FundingConcentrationFragment>;

/** Above this share one funder dominates, which the success factor RESOURCES warns about. */
const DOMINANT_SHARE = 0.5;

/**
 * How dependent the partnership is on single funders, per currency (amounts in
 * different currencies are not comparable): the largest funder's share and the
 * Herfindahl index.
 */
export function FundingConcentrationSection({ concentrations }: { concentrations: FundingConcentration[] }) {
  const { t } = useTranslation();
  return (
    <DetailSection
      id="funding"
      title={t('detail.fundingConcentration')}
      isEmpty={concentrations.length === 0}
      emptyText={t('detail.noFinancialContributionsRecorded')}
    >
      <p className="section-note">{t('detail.fundingNote')}</p>
      <ul className="funding-list">
        {concentrations.map((row) => {
          const dominant = row.largestFunderShare > DOMINANT_SHARE;
          return (
            <li key={row.currency} className="funding-currency">
              <h3>{row.currency}</h3>
              <dl className="figure-grid">
                <div>
                  <dt>{t('detail.total')}</dt>
                  <dd>{formatMoney(row.totalAmount, row.currency)}</dd>
                </div>
                <div>
                  <dt>{t('detail.funders')}</dt>
                  <dd>{row.funderCount}</dd>
                </div>
                <div>
                  <dt>{t('detail.largestFunder')}</dt>
                  <dd>{row.largestFunder?.name ?? '—'}</dd>
                </div>
                <div>
                  <dt>{t('detail.largestFunderSShare')}</dt>
                  <dd className={dominant ? 'share-high' : undefined}>
                    {formatShare(row.largestFunderShare)}
                    {dominant && <span className="figure-note"> {t('detail.oneFunderDominates')}</span>}
                  </dd>
                </div>
                <div>
                  <dt>{t('detail.herfindahlIndex')}</dt>
                  <dd>{formatNumber(row.herfindahlIndex)}</dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
    </DetailSection>
  );
}
