import { useQuery } from 'urql';
import {
  ACCEPT_INVITATION_MUTATION,
  type AcceptInvitationData,
  type InvitationIdVariables,
} from '../../api/accept-invitation-mutation';
import { DECLINE_INVITATION_MUTATION } from '../../api/decline-invitation-mutation';
import { graphqlProblems } from '../../api/graphql-problems';
import { VIEWER_ACCOUNT_QUERY, type ViewerAccountData, type ViewerInvitation } from '../../api/viewer-account-query';
import { DemoTag } from '../../components/DemoTag';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { PhaseTag } from '../../components/PhaseTag';
import { SignInPrompt } from '../../components/SignInPrompt';
import { formatDate } from '../../format/format-date';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useReportedMutation } from '../../hooks/use-reported-mutation';
import { countryName } from '../../reference/country-options';
import { Link } from '../../router/Link';
import { useSession } from '../../session/session-context';

/** The signed-in person's page: who they are, the invitations waiting for them, and their partnerships. */
export function AccountPage() {
  useDocumentTitle('My account');
  const { account } = useSession();
  return (
    <div className="page page-narrow">
      <PageHeading>My account</PageHeading>
      {account ? <AccountDetails /> : <SignInPrompt what="see your account" returnTo="/account" />}
    </div>
  );
}

function AccountDetails() {
  const [{ data, fetching, error }, reexecute] = useQuery<ViewerAccountData>({ query: VIEWER_ACCOUNT_QUERY });
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
              <li key={partnership.id} className="card item-row">
                <p>
                  <Link to={`/partnerships/${encodeURIComponent(partnership.slug)}`}>{partnership.name}</Link>
                  {partnership.countries.length > 0 && (
                    <span className="muted"> · {partnership.countries.map(countryName).join(', ')}</span>
                  )}
                </p>
                <p className="tag-row">
                  <PhaseTag phase={partnership.phase} />
                  {partnership.isDemo && <DemoTag />}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function InvitationItem({ invitation, onAnswered }: { invitation: ViewerInvitation; onAnswered: () => void }) {
  const accepting = useReportedMutation<AcceptInvitationData, InvitationIdVariables>(ACCEPT_INVITATION_MUTATION);
  const declining = useReportedMutation<object, InvitationIdVariables>(DECLINE_INVITATION_MUTATION);
  const busy = accepting.fetching || declining.fetching;
  const problems = [...accepting.problems, ...declining.problems];
  const answer = async (mutation: typeof accepting | typeof declining) => {
    if (await mutation.run({ input: { invitationId: invitation.id } })) onAnswered();
  };
  const { partnership } = invitation;
  return (
    <li className="card item-row">
      <div>
        <p>
          <Link to={`/partnerships/${encodeURIComponent(partnership.slug)}`}>{partnership.name}</Link>
        </p>
        <p className="muted">
          {invitation.invitedBy.name} invited you on {formatDate(invitation.createdAt)}
        </p>
        <FormProblems title="The invitation could not be answered." problems={problems} fields={[]} />
      </div>
      <p className="form-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void answer(accepting)}>
          Accept<span className="visually-hidden"> the invitation to {partnership.name}</span>
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void answer(declining)}>
          Decline<span className="visually-hidden"> the invitation to {partnership.name}</span>
        </button>
      </p>
    </li>
  );
}
