import { useEffect } from 'react';

const SITE_NAME = 'MSP Atlas';

/** Sets the browser tab's title for the current page. */
export function useDocumentTitle(pageTitle: string | null): void {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${SITE_NAME}` : SITE_NAME;
  }, [pageTitle]);
}
