import type { ReactNode } from 'react';

/** A wide table's frame: scrolls sideways on small screens and can be scrolled with the keyboard. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
