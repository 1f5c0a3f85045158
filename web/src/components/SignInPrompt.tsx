import { Link } from '../router/Link';
import { withReturnPath } from '../session/return-path';

interface SignInPromptProps {
  /** What the visitor needs to sign in for, e.g. "register a partnership". */
  what: string;
  /** The page to come back to once signed in. */
  returnTo: string;
}

/** Tells an anonymous visitor that this needs an account, with the way to sign in and back. */
export function SignInPrompt({ what, returnTo }: SignInPromptProps) {
  return (
    <div className="notice notice-info" role="note" data-testid="sign-in-prompt">
      <p className="notice-title">Sign in to {what}</p>
      <p>
        <Link to={withReturnPath('/sign-in', returnTo)}>Sign in</Link> or{' '}
        <Link to={withReturnPath('/sign-up', returnTo)}>create an account</Link>; you will come back here afterwards.
      </p>
    </div>
  );
}
