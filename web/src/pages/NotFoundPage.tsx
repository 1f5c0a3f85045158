import { PageHeading } from '../components/PageHeading';
import { useDocumentTitle } from '../hooks/use-document-title';
import { Link } from '@tanstack/react-router';

export function NotFoundPage({ message = 'There is no page at this address.' }: { message?: string }) {
  useDocumentTitle('Not found');
  return (
    <div className="page page-narrow">
      <PageHeading>Not found</PageHeading>
      <p>{message}</p>
      <p>
        <Link to="/">Browse all partnerships</Link>
      </p>
    </div>
  );
}
