import { createRouter } from '@tanstack/react-router';
import { watchInAppNavigation } from './in-app-navigation';
import { routeTree } from './routes';
import { parseSearchString, toSearchString } from './search-string';

export const router = createRouter({
  routeTree,
  parseSearch: parseSearchString,
  stringifySearch: toSearchString,
  // The pages load their own data through urql; nothing to preload on hover.
  defaultPreload: false,
});

watchInAppNavigation(router);

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
