import type { ReactNode } from 'react';
import { AppFooter } from './layout/AppFooter';
import { AppHeader } from './layout/AppHeader';
import { SkipLink } from './layout/SkipLink';
import { NotFoundPage } from './pages/NotFoundPage';
import { AccountPage } from './pages/account/AccountPage';
import { SignInPage } from './pages/account/SignInPage';
import { SignUpPage } from './pages/account/SignUpPage';
import { CuratorsPage } from './pages/admin/CuratorsPage';
import { PartnershipDetailPage } from './pages/detail/PartnershipDetailPage';
import { EditPartnershipPage } from './pages/edit/EditPartnershipPage';
import { PartnershipListPage } from './pages/list/PartnershipListPage';
import { RegisterPartnershipPage } from './pages/register/RegisterPartnershipPage';
import { matchRoute, type RouteParams } from './router/match-route';
import { useLocation } from './router/use-location';

interface Route {
  pattern: string;
  render: (params: RouteParams) => ReactNode;
}

const ROUTES: Route[] = [
  { pattern: '/', render: () => <PartnershipListPage /> },
  { pattern: '/partnerships/:slug', render: ({ slug = '' }) => <PartnershipDetailPage key={slug} slug={slug} /> },
  { pattern: '/partnerships/:slug/edit', render: ({ slug = '' }) => <EditPartnershipPage key={slug} slug={slug} /> },
  { pattern: '/register', render: () => <RegisterPartnershipPage /> },
  { pattern: '/sign-in', render: () => <SignInPage /> },
  { pattern: '/sign-up', render: () => <SignUpPage /> },
  { pattern: '/account', render: () => <AccountPage /> },
  { pattern: '/admin/curators', render: () => <CuratorsPage /> },
];

function renderRoute(pathname: string): ReactNode {
  for (const route of ROUTES) {
    const params = matchRoute(route.pattern, pathname);
    if (params) return route.render(params);
  }
  return <NotFoundPage />;
}

export function App() {
  const { pathname } = useLocation();
  return (
    <>
      <SkipLink />
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        {renderRoute(pathname)}
      </main>
      <AppFooter />
    </>
  );
}
