import { Link } from '../router/Link';
import { useLocation } from '../router/use-location';

const NAV_ITEMS = [
  { to: '/', label: 'Partnerships', isCurrent: (pathname: string) => pathname === '/' || pathname.startsWith('/partnerships/') },
  { to: '/register', label: 'Register a partnership', isCurrent: (pathname: string) => pathname === '/register' },
];

export function AppHeader() {
  const { pathname } = useLocation();
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          MSP Atlas
        </Link>
        <nav aria-label="Main">
          <ul className="main-nav">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item.isCurrent(pathname) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
