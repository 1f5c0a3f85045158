import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '@tanstack/react-router';
import { returnSearch } from '../session/return-search';

interface SignInPromptProps {
  /** What the visitor needs to sign in for, e.g. "register a partnership". */
  what: string;
}

/** Tells an anonymous visitor that this needs an account, with the way to sign in and come back to this page. */
export function SignInPrompt({ what }: SignInPromptProps) {
  const { t } = useTranslation();
  const { pathname, searchStr } = useLocation();
  const returnTo = `${pathname}${searchStr}`;
  return (
    <div className="notice notice-info" role="note" data-testid="sign-in-prompt">
      <p className="notice-title">{t('signInPrompt.title', { what })}</p>
      <p>
        <Link to="/sign-in" search={returnSearch(returnTo)}>
          {t('signInPrompt.signIn')}
        </Link>{' '}
        {t('signInPrompt.or')}{' '}
        <Link to="/sign-up" search={returnSearch(returnTo)}>
          {t('signInPrompt.signUp')}
        </Link>
        {t('signInPrompt.comeBack')}
      </p>
    </div>
  );
}
