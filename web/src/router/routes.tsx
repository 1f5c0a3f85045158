import { createRootRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { AppLayout } from '../layout/AppLayout';
import { NotFoundPage } from '../pages/NotFoundPage';
import { validateListSearch } from '../pages/list/list-search';
import { PartnershipListPage } from '../pages/list/PartnershipListPage';
import { validateReturnSearch } from '../session/return-search';
import { validateContributeSearch, validateLessonSearch } from '../pages/lessons/lesson-search';
import { validateLandscapeSearch } from '../pages/landscape/landscape-search';
import { validateHealthOverviewSearch, validateHealthPartnershipsSearch } from '../pages/health/health-search';

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

const sdgExplorerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sdg',
  component: lazyRouteComponent(() => import('../pages/sdg/SdgExplorerPage'), 'SdgExplorerPage'),
});

const sdgGoalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sdg/goals/$code',
  component: lazyRouteComponent(() => import('../pages/sdg/SdgGoalPage'), 'SdgGoalPage'),
});

const sdgTargetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sdg/targets/$code',
  remountDeps: ({ params }: { params: { code: string } }) => params.code,
  component: lazyRouteComponent(() => import('../pages/sdg/SdgTargetPage'), 'SdgTargetPage'),
});

const sdgCoverageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sdg/coverage',
  component: lazyRouteComponent(() => import('../pages/sdg/SdgCoveragePage'), 'SdgCoveragePage'),
});

// The learning library: search, a lesson, contributing one, moderating them.
const lessonSearchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lessons',
  validateSearch: validateLessonSearch,
  component: lazyRouteComponent(() => import('../pages/lessons/LessonSearchPage'), 'LessonSearchPage'),
});

const contributeLessonRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lessons/new',
  validateSearch: validateContributeSearch,
  component: lazyRouteComponent(() => import('../pages/lessons/ContributeLessonPage'), 'ContributeLessonPage'),
});

const lessonModerationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lessons/moderation',
  component: lazyRouteComponent(() => import('../pages/lessons/ModerationQueuePage'), 'ModerationQueuePage'),
});

const lessonRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lessons/$id',
  remountDeps: ({ params }: { params: { id: string } }) => params.id,
  component: lazyRouteComponent(() => import('../pages/lessons/LessonPage'), 'LessonPage'),
});

const landscapeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/landscape',
  validateSearch: validateLandscapeSearch,
  component: lazyRouteComponent(() => import('../pages/landscape/LandscapePage'), 'LandscapePage'),
});

// The health check: members' self-assessment, and the national overview with the partnerships each cell counts.
const selfAssessmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/partnerships/$slug/self-assessment',
  remountDeps: remountPerSlug,
  component: lazyRouteComponent(() => import('../pages/health/SelfAssessmentPage'), 'SelfAssessmentPage'),
});

const healthOverviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/health',
  validateSearch: validateHealthOverviewSearch,
  component: lazyRouteComponent(() => import('../pages/health/HealthOverviewPage'), 'HealthOverviewPage'),
});

const healthPartnershipsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/health/partnerships',
  validateSearch: validateHealthPartnershipsSearch,
  remountDeps: ({ search }: { search: object }) => JSON.stringify(search),
  component: lazyRouteComponent(() => import('../pages/health/HealthPartnershipsPage'), 'HealthPartnershipsPage'),
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
  sdgExplorerRoute,
  sdgGoalRoute,
  sdgTargetRoute,
  sdgCoverageRoute,
  lessonSearchRoute,
  contributeLessonRoute,
  lessonModerationRoute,
  lessonRoute,
  landscapeRoute,
  selfAssessmentRoute,
  healthOverviewRoute,
  healthPartnershipsRoute,
]);
