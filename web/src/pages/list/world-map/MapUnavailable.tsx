import { ErrorNotice } from '../../../components/ErrorNotice';
import { WORLD_MAP_MESSAGES } from './world-map-messages';

/** Shown in the map's place when its chunk could not be loaded (offline, or a release replaced it). */
export function MapUnavailable() {
  return (
    <section className="map-section" aria-label={WORLD_MAP_MESSAGES.heading}>
      <ErrorNotice title={WORLD_MAP_MESSAGES.failed}>
        <p>{WORLD_MAP_MESSAGES.chunkFailed}</p>
      </ErrorNotice>
    </section>
  );
}
