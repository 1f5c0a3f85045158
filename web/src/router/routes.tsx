import { createRootRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { AppLayout } from '../layout/AppLayout';
import { NotFoundPage } from '../pages/NotFoundPage';
import { validateListSearch } from '../pages/list/list-search';
import { PartnershipListPage } from '../pages/list/PartnershipListPage';
import { validateReturnSearch } from '../session/return-search';
import { validateLandscapeSearch } from '../pages/landscape/landscape-search';

// Every page of the app. Pages read their parameters with getRouteApi(path), typed
// by the paths and validateSearch functions here; each page sets its own title.
// Only the list, where most visits start, is in the first download; the other
// pages (and the SDG targets they show) load when first visited.

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
  component: lazyRouteComponent(() => import('../pages/detail/PartnershipDetailPage'), 'PartnershipDetailPage'),
});

const editRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/partnerships/$slug/edit',
  remountDeps: remountPerSlug,
  component: lazyRouteComponent(() => import('../pages/edit/EditPartnershipPage'), 'EditPartnershipPage'),
});

const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/register',
  component: lazyRouteComponent(() => import('../pages/register/RegisterPartnershipPage'), 'RegisterPartnershipPage'),
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: validateReturnSearch,
  component: lazyRouteComponent(() => import('../pages/account/SignInPage'), 'SignInPage'),
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  validateSearch: validateReturnSearch,
  component: lazyRouteComponent(() => import('../pages/account/SignUpPage'), 'SignUpPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('../pages/account/AccountPage'), 'AccountPage'),
});

const curatorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/curators',
  component: lazyRouteComponent(() => import('../pages/admin/CuratorsPage'), 'CuratorsPage'),
});

const landscapeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/landscape',
  validateSearch: validateLandscapeSearch,
  component: lazyRouteComponent(() => import('../pages/landscape/LandscapePage'), 'LandscapePage'),
});

export const routeTree = rootRoute.addChildren([
  listRoute,
  detailRoute,
  editRoute,
  registerRoute,
  signInRoute,
  signUpRoute,
  accountRoute,
  curatorsRoute,
  landscapeRoute,
]);
