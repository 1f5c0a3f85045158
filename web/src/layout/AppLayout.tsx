import { Outlet } from '@tanstack/react-router';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { SkipLink } from './SkipLink';

/** What every page shares: the skip link, the header, the page itself and the footer. */
export function AppLayout() {
  return (
    <>
      <SkipLink />
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <AppFooter />
    </>
  );
}
