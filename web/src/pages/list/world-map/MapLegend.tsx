import type { CountStep } from './count-scale';
import { WORLD_MAP_MESSAGES } from './world-map-messages';

/** What each colour means, as ranges of counts. */
export function MapLegend({ steps }: { steps: readonly CountStep[] }) {
  if (steps.length === 0) return null;
  return (
    <div className="map-legend">
      <p className="map-legend-label" id="map-legend-label">
        {WORLD_MAP_MESSAGES.legendLabel}
      </p>
      <ul aria-labelledby="map-legend-label">
        {steps.map((step) => (
          <li key={step.low}>
            <span className="map-legend-swatch" style={{ background: step.colour }} aria-hidden="true" />
            {step.low === step.high ? step.low : `${step.low}–${step.high}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
