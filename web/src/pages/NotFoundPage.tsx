import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { useDocumentTitle } from '../hooks/use-document-title';
import { Link } from '@tanstack/react-router';

export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page page-narrow">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{message ?? t('notFound.message')}</p>
      <p>
        <Link to="/">{t('notFound.browse')}</Link>
      </p>
    </div>
  );
}
