import type { KeyboardEvent } from 'react';
import type { ProjectedShape } from './projected-shapes';
import { WORLD_MAP_MESSAGES } from './world-map-messages';

interface CountryPathProps {
  shape: ProjectedShape;
  count: number;
  colour: string;
  selected: boolean;
  onSelect: (alpha3: string) => void;
}

/** A country on the map; one with partnerships is a toggle button (click, Enter or Space). */
export function CountryPath({ shape, count, colour, selected, onSelect }: CountryPathProps) {
  if (count === 0 || shape.alpha3 === null) {
    return <path d={shape.path} fill={colour} className="map-country" />;
  }
  const alpha3 = shape.alpha3;
  const label = WORLD_MAP_MESSAGES.countryCount(shape.name, count);
  const onKeyDown = (event: KeyboardEvent<SVGPathElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(alpha3);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a button element; it takes focus, Enter and Space itself
    <path
      d={shape.path}
      fill={colour}
      className="map-country map-country-counted"
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      data-country={alpha3}
      data-count={count}
      onClick={() => onSelect(alpha3)}
      onKeyDown={onKeyDown}
    >
      <title>{label}</title>
    </path>
  );
}
