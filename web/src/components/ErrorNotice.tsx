import type { ReactNode } from 'react';

interface ErrorNoticeProps {
  title: string;
  children?: ReactNode;
}

/** A problem the user should see at once; announced to screen readers as it appears. */
export function ErrorNotice({ title, children }: ErrorNoticeProps) {
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      {children}
    </div>
  );
}
