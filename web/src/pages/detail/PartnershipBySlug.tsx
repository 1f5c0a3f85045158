import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { TadaDocumentNode } from 'gql.tada';
import { useQuery, type RequestPolicy } from 'urql';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { Link } from '@tanstack/react-router';
import { NotFoundPage } from '../NotFoundPage';

/** A query for one partnership by its address, with what the page needs of it. */
type PartnershipBySlugQuery<Partnership> = TadaDocumentNode<{ partnershipBySlug: Partnership | null }, { slug: string }>;

interface PartnershipBySlugProps<Partnership> {
  query: PartnershipBySlugQuery<Partnership>;
  slug: string;
  /** The document title once the record is there, from its name. */
  title?: (name: string) => string;
  /** `network-only` where the page must start from the stored version (the edit form). */
  requestPolicy?: RequestPolicy;
  /** The page for the record; `reload` asks the API again. */
  children: (partnership: Partnership, reload: () => void) => ReactNode;
}

/** Loads a partnership by its address and shows it, or says that it is loading, failed or does not exist. */
export function PartnershipBySlug<Partnership extends { name: string }>({
  query,
  slug,
  title = (name) => name,
  requestPolicy,
  children,
}: PartnershipBySlugProps<Partnership>) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query,
    variables: { slug },
    requestPolicy,
  });
  const partnership = data?.partnershipBySlug;
  useDocumentTitle(partnership ? title(partnership.name) : fetching ? t('detail.loadingTitle') : error ? t('detail.partnershipTitle') : t('notFound.title'));
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (partnership) return children(partnership, reload);
  if (fetching) {
    return (
      <div className="page">
        <LoadingIndicator label={t('detail.loadingPartnership')} />
      </div>
    );
  }
  if (error) {
    return (
      <div className="page page-narrow">
        <ErrorNotice title={t('detail.thisPartnershipCouldNot')}>
          <p>{error.networkError ? t('common.serverUnreachable') : error.message}</p>
          <p>
            <button type="button" className="button button-secondary" onClick={reload}>
              {t('detail.tryAgain')}
            </button>{' '}
            <Link to="/">{t('detail.backToAllPartnerships')}</Link>
          </p>
        </ErrorNotice>
      </div>
    );
  }
  return <NotFoundPage message={t('detail.noSuchAddress', { slug })} />;
}
