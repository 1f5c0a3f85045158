import { Link, useLocation } from '@tanstack/react-router';
import { returnSearch } from '../session/return-search';
import { useSession } from '../session/session-context';

const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Partnerships', isCurrent: (pathname: string) => pathname === '/' || pathname.startsWith('/partnerships/') },
  { to: '/register', label: 'Register a partnership', isCurrent: (pathname: string) => pathname === '/register' },
];

const ADMIN_ITEM: NavItem = { to: '/admin/curators', label: 'Curators', isCurrent: (pathname: string) => pathname === '/admin/curators' };

interface NavItem {
  to: '/' | '/register' | '/admin/curators';
  label: string;
  isCurrent: (pathname: string) => boolean;
}

export function AppHeader() {
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
        <nav aria-label="Main">
          <ul className="main-nav">
            {items.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item.isCurrent(pathname) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SessionControls />
      </div>
    </header>
  );
}

/** Who is signed in, with their account page and sign-out; or the way to sign in. */
function SessionControls() {
  const { pathname, search, searchStr } = useLocation();
  const { account, signOut } = useSession();
  if (account) {
    return (
      <div className="session-controls" data-testid="session-controls">
        <span>
          Signed in as{' '}
          <Link to="/account" aria-current={pathname === '/account' ? 'page' : undefined}>
            {account.name}
            <span className="visually-hidden"> (my account)</span>
          </Link>
        </span>
        <button type="button" className="button button-on-dark" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    );
  }
  const onAuthPage = pathname === '/sign-in' || pathname === '/sign-up';
  const returnTo = onAuthPage ? ('next' in search && search.next ? search.next : '/') : `${pathname}${searchStr}`;
  return (
    <div className="session-controls" data-testid="session-controls">
      <Link to="/sign-in" search={returnSearch(returnTo)} aria-current={pathname === '/sign-in' ? 'page' : undefined}>
        Sign in
      </Link>
      <Link to="/sign-up" search={returnSearch(returnTo)} aria-current={pathname === '/sign-up' ? 'page' : undefined}>
        Create an account
      </Link>
    </div>
  );
}
