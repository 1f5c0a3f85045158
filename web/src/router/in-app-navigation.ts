import type { AnyRouter } from '@tanstack/react-router';

// Whether the user has moved to another page inside the app (not just loaded it):
// only then does a new page's heading take the focus.
let navigatedInApp = false;

export function watchInAppNavigation(router: AnyRouter): void {
  router.subscribe('onBeforeNavigate', ({ fromLocation, pathChanged }) => {
    if (fromLocation && pathChanged) navigatedInApp = true;
  });
}

export function hasNavigatedInApp(): boolean {
  return navigatedInApp;
}
