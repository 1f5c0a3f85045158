import { colourForCount, type CountStep } from './count-scale';
import { CountryPath } from './CountryPath';
import { MAP_HEIGHT, MAP_WIDTH, PROJECTED_SHAPES, SPHERE_PATH } from './projected-shapes';
import { WORLD_MAP_MESSAGES } from './world-map-messages';

interface WorldMapProps {
  counts: ReadonlyMap<string, number>;
  steps: readonly CountStep[];
  selectedCountry: string;
  onSelect: (alpha3: string) => void;
}

/**
 * The world in SVG, countries coloured by their count. The selected country's outline is
 * drawn again on top rather than moving its path, which would take the keyboard focus away.
 */
export function WorldMap({ counts, steps, selectedCountry, onSelect }: WorldMapProps) {
  const selectedShape = selectedCountry ? PROJECTED_SHAPES.find((shape) => shape.alpha3 === selectedCountry) : undefined;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group holds the countries, each a button
    <svg className="world-map" viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-label={WORLD_MAP_MESSAGES.mapLabel} data-testid="world-map">
      <path d={SPHERE_PATH} className="map-sphere" />
      {PROJECTED_SHAPES.map((shape) => {
        const count = shape.alpha3 ? (counts.get(shape.alpha3) ?? 0) : 0;
        return (
          <CountryPath
            key={shape.key}
            shape={shape}
            count={count}
            colour={colourForCount(count, steps)}
            selected={shape.alpha3 !== null && shape.alpha3 === selectedCountry}
            onSelect={onSelect}
          />
        );
      })}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG path without tabIndex takes no focus; the outline is decoration above the focusable country */}
      {selectedShape && <path d={selectedShape.path} className="map-selected-outline" aria-hidden="true" />}
    </svg>
  );
}
