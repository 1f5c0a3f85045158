import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { ErrorNotice } from './ErrorNotice';

interface ConflictNoticeProps {
  /** What was not saved and what reloading means, e.g. "Your change was based on version 3 …". */
  children: ReactNode;
  onReload: () => void;
}

/** A change refused with CONFLICT: someone else saved first; nothing was overwritten. */
export function ConflictNotice({ children, onReload }: ConflictNoticeProps) {
  const { t } = useTranslation();
  return (
    <ErrorNotice title={t('conflict.title')}>
      {children}
      <button type="button" className="button button-secondary" onClick={onReload}>
        {t('conflict.reload')}
      </button>
    </ErrorNotice>
  );
}
