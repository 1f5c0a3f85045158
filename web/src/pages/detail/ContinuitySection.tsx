import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { formatDate } from '../../format/format-date';
import { DetailSection } from './DetailSection';
import { Paragraphs } from './Paragraphs';
import type { ContinuitySectionFragment } from './continuity-section-fragment';

/** How the work is to go on and when it was last evaluated; left out while neither is recorded. */
export function ContinuitySection({ partnership }: { partnership: ResultOf<typeof ContinuitySectionFragment> }) {
  const { t } = useTranslation();
  const { continuationPlan, lastEvaluatedOn } = partnership;
  if (!continuationPlan && !lastEvaluatedOn) return null;
  return (
    <DetailSection id="continuity" title={t('detail.continuity')}>
      <div data-testid="continuity">
        {continuationPlan && (
          <>
            <h3>{t('detail.continuationPlan')}</h3>
            <Paragraphs text={continuationPlan} />
          </>
        )}
        {lastEvaluatedOn && (
          <dl className="definition-grid">
            <dt>{t('detail.lastEvaluatedOn')}</dt>
            <dd>{formatDate(lastEvaluatedOn)}</dd>
          </dl>
        )}
      </div>
    </DetailSection>
  );
}
