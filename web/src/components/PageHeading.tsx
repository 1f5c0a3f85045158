import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigatedInApp } from '../router/in-app-navigation';

/**
 * The page's h1. After an in-app navigation it takes the focus, so keyboard and
 * screen-reader users start reading the new page instead of staying on a stale link.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (hasNavigatedInApp()) heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
