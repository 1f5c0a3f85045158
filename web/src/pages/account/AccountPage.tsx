import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphqlProblems } from '../../api/graphql-problems';
import { VIEWER_ACCOUNT_QUERY } from '../../api/viewer-account-query';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { SignInPrompt } from '../../components/SignInPrompt';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { countryName } from '../../reference/country-options';
import { Link } from '@tanstack/react-router';
import { useSession } from '../../session/session-context';
import { InvitationItem } from './InvitationItem';
import { MembershipItem } from './MembershipItem';

/** The signed-in person's page: who they are, the invitations waiting for them, and their partnerships. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.myAccount'));
  const { account } = useSession();
  return (
    <div className="page page-narrow">
      <PageHeading>{t('account.myAccount')}</PageHeading>
      {account ? <AccountDetails /> : <SignInPrompt what={t('account.seeYourAccount')} />}
    </div>
  );
}

function AccountDetails() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: VIEWER_ACCOUNT_QUERY });
  const viewer = data?.viewer;
  if (!viewer) {
    return (
      <>
        {fetching && <LoadingIndicator label={t('account.loadingYourAccount')} />}
        <FormProblems title={t('account.yourAccountCouldNot')} problems={graphqlProblems(error)} fields={[]} />
      </>
    );
  }
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      <dl className="account-facts">
        <dt>{t('account.name')}</dt>
        <dd>{viewer.name}</dd>
        <dt>{t('account.eMailAddress')}</dt>
        <dd>{viewer.email ?? '—'}</dd>
        {viewer.isAdmin && (
          <>
            <dt>{t('account.role')}</dt>
            <dd>
              {t('account.administrator')} (<Link to="/admin/curators">{t('account.appointCurators')}</Link>)
            </dd>
          </>
        )}
        {viewer.curatorCountries.length > 0 && (
          <>
            <dt>{t('account.curatorOf')}</dt>
            <dd>{viewer.curatorCountries.map(countryName).join(', ')}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('account.invitations')}</h2>
        {viewer.partnershipInvitations.length === 0 ? (
          <p className="empty-state">{t('account.noInvitationsAreWaiting')}</p>
        ) : (
          <ul className="item-list" data-testid="invitations">
            {viewer.partnershipInvitations.map((invitation) => (
              <InvitationItem key={invitation.id} invitation={invitation} onAnswered={refresh} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="memberships-heading">
        <h2 id="memberships-heading">{t('account.myPartnerships')}</h2>
        {viewer.partnershipMemberships.length === 0 ? (
          <p className="empty-state">
            {t('account.noMemberships')} <Link to="/register">{t('account.registerOne')}</Link>
            {t('account.orAskForInvitation')}
          </p>
        ) : (
          <ul className="item-list" data-testid="memberships">
            {viewer.partnershipMemberships.map((partnership) => (
              <MembershipItem key={partnership.id} partnership={partnership} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
