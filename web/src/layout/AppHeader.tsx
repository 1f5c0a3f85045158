import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '@tanstack/react-router';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { returnSearch } from '../session/return-search';
import { useSession } from '../session/session-context';

const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'layout.nav.partnerships', isCurrent: (pathname: string) => pathname === '/' || pathname.startsWith('/partnerships/') },
  { to: '/register', labelKey: 'layout.nav.register', isCurrent: (pathname: string) => pathname === '/register' },
  { to: '/sdg', labelKey: 'sdgPages.nav.explorer', isCurrent: (pathname: string) => pathname === '/sdg' || pathname.startsWith('/sdg/goals/') },
  { to: '/sdg/coverage', labelKey: 'sdgPages.nav.coverage', isCurrent: (pathname: string) => pathname === '/sdg/coverage' },
  { to: '/lessons', labelKey: 'lessons.nav', isCurrent: (pathname: string) => pathname.startsWith('/lessons') },
  { to: '/landscape', labelKey: 'context.nav.landscape', isCurrent: (pathname: string) => pathname === '/landscape' },
  { to: '/health', labelKey: 'health.nav', isCurrent: (pathname: string) => pathname === '/health' || pathname.startsWith('/health/') },
];

const ADMIN_ITEM: NavItem = { to: '/admin/curators', labelKey: 'layout.nav.curators', isCurrent: (pathname: string) => pathname === '/admin/curators' };

interface NavItem {
  to: '/' | '/register' | '/admin/curators' | '/sdg' | '/sdg/coverage' | '/lessons' | '/landscape' | '/health';
  labelKey:
    | 'layout.nav.partnerships'
    | 'layout.nav.register'
    | 'layout.nav.curators'
    | 'sdgPages.nav.explorer'
    | 'sdgPages.nav.coverage'
    | 'lessons.nav'
    | 'context.nav.landscape'
    | 'health.nav';
  isCurrent: (pathname: string) => boolean;
}

export function AppHeader() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { account } = useSession();
  const items = account?.isAdmin ? [...NAV_ITEMS, ADMIN_ITEM] : NAV_ITEMS;
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          MSP Atlas
        </Link>
        <nav aria-label={t('layout.mainNav')}>
          <ul className="main-nav">
            {items.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item.isCurrent(pathname) ? 'page' : undefined}>
                  {t(item.labelKey)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher />
        <SessionControls />
      </div>
    </header>
  );
}

/** Who is signed in, with their account page and sign-out; or the way to sign in. */
function SessionControls() {
  const { t } = useTranslation();
  const { pathname, search, searchStr } = useLocation();
  const { account, signOut } = useSession();
  if (account) {
    return (
      <div className="session-controls" data-testid="session-controls">
        <span>
          {t('layout.signedInAs')}{' '}
          <Link to="/account" aria-current={pathname === '/account' ? 'page' : undefined}>
            {account.name}
            <span className="visually-hidden"> {t('layout.myAccount')}</span>
          </Link>
        </span>
        <button type="button" className="button button-on-dark" onClick={() => void signOut()}>
          {t('layout.signOut')}
        </button>
      </div>
    );
  }
  const onAuthPage = pathname === '/sign-in' || pathname === '/sign-up';
  const returnTo = onAuthPage ? ('next' in search && search.next ? search.next : '/') : `${pathname}${searchStr}`;
  return (
    <div className="session-controls" data-testid="session-controls">
      <Link to="/sign-in" search={returnSearch(returnTo)} aria-current={pathname === '/sign-in' ? 'page' : undefined}>
        {t('layout.signIn')}
      </Link>
      <Link to="/sign-up" search={returnSearch(returnTo)} aria-current={pathname === '/sign-up' ? 'page' : undefined}>
        {t('layout.signUp')}
      </Link>
    </div>
  );
}
