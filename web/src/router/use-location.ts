import { useSyncExternalStore } from 'react';
import { getLocationSnapshot, subscribeToLocation, type AppLocation } from './location-store';

/** The current path and query string; re-renders on every navigation. */
export function useLocation(): AppLocation {
  return useSyncExternalStore(subscribeToLocation, getLocationSnapshot);
}
