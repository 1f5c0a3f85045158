import { PageHeading } from '../../components/PageHeading';
import { PathLink } from '../../components/PathLink';
import { useSession } from '../../session/session-context';

/** The sign-in and sign-up pages, visited while signed in. */
export function AlreadySignedIn({ title, returnTo }: { title: string; returnTo: string }) {
  const { account, signOut } = useSession();
  return (
    <div className="page page-narrow">
      <PageHeading>{title}</PageHeading>
      <p>You are signed in as {account?.name}.</p>
      <p className="form-actions">
        <PathLink path={returnTo}>Continue</PathLink>
        <button type="button" className="button button-secondary" onClick={() => void signOut()}>
          Sign out to use another account
        </button>
      </p>
    </div>
  );
}
