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
  useDocumentTitle('My account');
  const { account } = useSession();
  return (
    <div className="page page-narrow">
      <PageHeading>My account</PageHeading>
      {account ? <AccountDetails /> : <SignInPrompt what="see your account" />}
    </div>
  );
}

function AccountDetails() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: VIEWER_ACCOUNT_QUERY });
  const viewer = data?.viewer;
  if (!viewer) {
    return (
      <>
        {fetching && <LoadingIndicator label="Loading your account…" />}
        <FormProblems title="Your account could not be loaded." problems={graphqlProblems(error)} fields={[]} />
      </>
    );
  }
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      <dl className="account-facts">
        <dt>Name</dt>
        <dd>{viewer.name}</dd>
        <dt>E-mail address</dt>
        <dd>{viewer.email ?? '—'}</dd>
        {viewer.isAdmin && (
          <>
            <dt>Role</dt>
            <dd>
              Administrator (<Link to="/admin/curators">appoint curators</Link>)
            </dd>
          </>
        )}
        {viewer.curatorCountries.length > 0 && (
          <>
            <dt>Curator of</dt>
            <dd>{viewer.curatorCountries.map(countryName).join(', ')}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">Invitations</h2>
        {viewer.partnershipInvitations.length === 0 ? (
          <p className="empty-state">No invitations are waiting for you.</p>
        ) : (
          <ul className="item-list" data-testid="invitations">
            {viewer.partnershipInvitations.map((invitation) => (
              <InvitationItem key={invitation.id} invitation={invitation} onAnswered={refresh} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="memberships-heading">
        <h2 id="memberships-heading">My partnerships</h2>
        {viewer.partnershipMemberships.length === 0 ? (
          <p className="empty-state">
            You are not a member of any partnership yet. <Link to="/register">Register one</Link>, or ask a member to
            invite you.
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
