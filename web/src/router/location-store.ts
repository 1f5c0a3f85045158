// The browser location as a store React can subscribe to: the history API is the
// router's whole state, so reloads, bookmarks and the back button just work.

const NAVIGATED = 'msp-atlas:navigated';

export interface AppLocation {
  pathname: string;
  search: string;
}

let current: AppLocation = readLocation();
let navigatedInApp = false;

function readLocation(): AppLocation {
  return { pathname: window.location.pathname, search: window.location.search };
}

export function subscribeToLocation(onChange: () => void): () => void {
  const listener = (event: Event) => {
    if (event.type === 'popstate') navigatedInApp = true;
    const next = readLocation();
    if (next.pathname !== current.pathname || next.search !== current.search) current = next;
    onChange();
  };
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATED, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATED, listener);
  };
}

export function getLocationSnapshot(): AppLocation {
  return current;
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (e.g. while typing a filter). */
  replace?: boolean;
}

export function navigate(to: string, options: NavigateOptions = {}): void {
  const url = new URL(to, window.location.origin);
  const target = `${url.pathname}${url.search}${url.hash}`;
  if (target === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (options.replace) {
    window.history.replaceState(null, '', target);
  } else {
    window.history.pushState(null, '', target);
    window.scrollTo(0, 0);
    navigatedInApp = true;
  }
  window.dispatchEvent(new Event(NAVIGATED));
}

/** Whether the user has moved to another page inside the app (not just loaded it). */
export function hasNavigatedInApp(): boolean {
  return navigatedInApp;
}
