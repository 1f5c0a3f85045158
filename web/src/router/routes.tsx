import { createRootRoute, createRoute } from '@tanstack/react-router';
import { AppLayout } from '../layout/AppLayout';
import { NotFoundPage } from '../pages/NotFoundPage';
import { AccountPage } from '../pages/account/AccountPage';
import { SignInPage } from '../pages/account/SignInPage';
import { SignUpPage } from '../pages/account/SignUpPage';
import { CuratorsPage } from '../pages/admin/CuratorsPage';
import { PartnershipDetailPage } from '../pages/detail/PartnershipDetailPage';
import { EditPartnershipPage } from '../pages/edit/EditPartnershipPage';
import { validateListSearch } from '../pages/list/list-search';
import { PartnershipListPage } from '../pages/list/PartnershipListPage';
import { RegisterPartnershipPage } from '../pages/register/RegisterPartnershipPage';
import { validateReturnSearch } from '../session/return-search';

// Every page of the app. Pages read their parameters with getRouteApi(path), typed
// by the paths and validateSearch functions here; each page sets its own title.

const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: () => <NotFoundPage /> });

const listRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateListSearch,
  component: PartnershipListPage,
});

// Another partnership's address starts its page afresh (no state carried over).
const remountPerSlug = ({ params }: { params: { slug: string } }) => params.slug;

const detailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/partnerships/$slug',
  remountDeps: remountPerSlug,
  component: PartnershipDetailPage,
});

const editRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/partnerships/$slug/edit',
  remountDeps: remountPerSlug,
  component: EditPartnershipPage,
});

const registerRoute = createRoute({ getParentRoute: () => rootRoute, path: '/register', component: RegisterPartnershipPage });

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: validateReturnSearch,
  component: SignInPage,
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  validateSearch: validateReturnSearch,
  component: SignUpPage,
});

const accountRoute = createRoute({ getParentRoute: () => rootRoute, path: '/account', component: AccountPage });

const curatorsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/admin/curators', component: CuratorsPage });

export const routeTree = rootRoute.addChildren([
  listRoute,
  detailRoute,
  editRoute,
  registerRoute,
  signInRoute,
  signUpRoute,
  accountRoute,
  curatorsRoute,
]);
