import type { ReactNode } from 'react';

interface DetailSectionProps {
  id: string;
  title: string;
  /** Shown instead of the content when there is nothing to show. */
  emptyText?: string;
  isEmpty?: boolean;
  children?: ReactNode;
}

/** A titled part of the detail page, labelled by its heading for landmark navigation. */
export function DetailSection({ id, title, emptyText, isEmpty = false, children }: DetailSectionProps) {
  return (
    <section className="detail-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {isEmpty ? <p className="empty-state">{emptyText}</p> : children}
    </section>
  );
}
