import { lazy, Suspense } from 'react';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { MapUnavailable } from './world-map/MapUnavailable';
import { WORLD_MAP_MESSAGES } from './world-map/world-map-messages';
import type { WorldMapSectionProps } from './world-map/WorldMapSection';

// The shapes and d3-geo are a chunk of their own (about 50 kB gzipped), fetched as the
// list renders rather than with it, so the first visit stays within the bundle budget.
const WorldMapSection = lazy(() => import('./world-map/WorldMapSection').catch(() => ({ default: MapUnavailable })));

export function LazyWorldMap(props: WorldMapSectionProps) {
  return (
    <Suspense fallback={<LoadingIndicator label={WORLD_MAP_MESSAGES.loading} />}>
      <WorldMapSection {...props} />
    </Suspense>
  );
}
