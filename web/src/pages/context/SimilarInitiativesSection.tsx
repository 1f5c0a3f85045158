import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphqlProblems } from '../../api/graphql-problems';
import { PARTNERSHIP_OVERLAPS_QUERY } from '../../api/partnership-overlaps-query';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { DetailSection } from '../detail/DetailSection';
import { OverlapList, overlapItems } from './OverlapList';

const SIMILAR_SHOWN = 8;

/** The partnership page's "similar initiatives": its overlaps from the context service, with kind and reasons. */
export function SimilarInitiativesSection({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  // Eight: with each reason's organisations, more would cost over half the gateway's
  // operation limit by its static rules (gateway/test/security/web-app-operations.test.ts).
  const [{ data, fetching, error }] = useQuery({ query: PARTNERSHIP_OVERLAPS_QUERY, variables: { id: partnershipId, first: SIMILAR_SHOWN } });
  const overlaps = overlapItems(data?.partnership?.overlaps ?? []);
  return (
    <DetailSection id="similar-initiatives" title={t('context.similarInitiatives')}>
      {fetching && !data && <LoadingIndicator label={t('context.loadingSimilar')} />}
      <FormProblems title={t('context.similarCouldNotLoad')} problems={graphqlProblems(error)} fields={[]} />
      {data && overlaps.length === 0 && <p className="empty-state">{t('context.noSimilar')}</p>}
      {overlaps.length > 0 && (
        <>
          <p className="section-note">{t('context.similarNote')}</p>
          <OverlapList overlaps={overlaps} />
        </>
      )}
    </DetailSection>
  );
}
