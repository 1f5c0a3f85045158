import { Link, useLocation } from '@tanstack/react-router';
import { returnSearch } from '../session/return-search';

interface SignInPromptProps {
  /** What the visitor needs to sign in for, e.g. "register a partnership". */
  what: string;
}

/** Tells an anonymous visitor that this needs an account, with the way to sign in and come back to this page. */
export function SignInPrompt({ what }: SignInPromptProps) {
  const { pathname, searchStr } = useLocation();
  const returnTo = `${pathname}${searchStr}`;
  return (
    <div className="notice notice-info" role="note" data-testid="sign-in-prompt">
      <p className="notice-title">Sign in to {what}</p>
      <p>
        <Link to="/sign-in" search={returnSearch(returnTo)}>Sign in</Link> or{' '}
        <Link to="/sign-up" search={returnSearch(returnTo)}>create an account</Link>; you will come back here afterwards.
      </p>
    </div>
  );
}
