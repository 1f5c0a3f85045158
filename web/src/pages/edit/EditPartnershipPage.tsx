import { useTranslation } from 'react-i18next';
import { getRouteApi, Link } from '@tanstack/react-router';
import { EDIT_PARTNERSHIP_QUERY } from '../../api/edit-partnership-query';
import { PageHeading } from '../../components/PageHeading';
import { SignInPrompt } from '../../components/SignInPrompt';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSession } from '../../session/session-context';
import { PartnershipBySlug } from '../detail/PartnershipBySlug';
import { EditPartnershipForm } from './EditPartnershipForm';

const editRoute = getRouteApi('/partnerships/$slug/edit');

/**
 * Members, and curators of the partnership's countries, change its details here. The form
 * starts from the stored version and sends only what was changed, with that version.
 */
export function EditPartnershipPage() {
  const { t } = useTranslation();
  const { slug } = editRoute.useParams();
  const { account } = useSession();
  if (!account) return <SignInToEdit />;
  return (
    <PartnershipBySlug query={EDIT_PARTNERSHIP_QUERY} slug={slug} title={(name) => t('form.editTitle', { name })} requestPolicy="network-only">
      {(partnership, reload) => (
        <div className="page page-form">
          <nav aria-label={t('form.breadcrumb')} className="breadcrumb">
            <Link to="/partnerships/$slug" params={{ slug: partnership.slug }}>
              {partnership.name}
            </Link>
          </nav>
          <PageHeading>{t('form.editTitle', { name: partnership.name })}</PageHeading>
          {partnership.viewerCanEdit ? (
            // A new version (after "Reload the latest version") starts the form afresh.
            <EditPartnershipForm key={partnership.version} partnership={partnership} reload={reload} />
          ) : (
            <CannotEdit partnership={partnership} />
          )}
        </div>
      )}
    </PartnershipBySlug>
  );
}

function SignInToEdit() {
  const { t } = useTranslation();
  useDocumentTitle(t('form.editPartnership'));
  return (
    <div className="page page-form">
      <PageHeading>{t('form.editPartnership')}</PageHeading>
      <SignInPrompt what={t('form.editThisPartnershipIf')} />
    </div>
  );
}

function CannotEdit({ partnership }: { partnership: { slug: string; name: string } }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-info" role="note" data-testid="cannot-edit">
      <p className="notice-title">{t('form.youCannotEditThis')}</p>
      <p>{t('form.onlyMembersOfThis')}</p>
      <p>
        <Link to="/partnerships/$slug" params={{ slug: partnership.slug }}>
          {t('form.backTo', { name: partnership.name })}
        </Link>
      </p>
    </div>
  );
}
