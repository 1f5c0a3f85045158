import type { ReactNode } from 'react';

/** A wide table's frame: scrolls sideways on small screens and can be scrolled with the keyboard. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling frame takes the keyboard focus so that keyboard users can scroll it
    // biome-ignore lint/a11y/useSemanticElements: kept a div: a section would change the markup that the styles and the browser tests see
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
