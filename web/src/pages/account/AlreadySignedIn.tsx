import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { PathLink } from '../../components/PathLink';
import { useSession } from '../../session/session-context';

/** The sign-in and sign-up pages, visited while signed in. */
export function AlreadySignedIn({ title, returnTo }: { title: string; returnTo: string }) {
  const { t } = useTranslation();
  const { account, signOut } = useSession();
  return (
    <div className="page page-narrow">
      <PageHeading>{title}</PageHeading>
      <p>{t('account.signedInAs', { name: account?.name })}</p>
      <p className="form-actions">
        <PathLink path={returnTo}>{t('account.continue')}</PathLink>
        <button type="button" className="button button-secondary" onClick={() => void signOut()}>
          {t('account.signOutToUse')}
        </button>
      </p>
    </div>
  );
}
