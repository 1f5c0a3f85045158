import { useTranslation } from 'react-i18next';

/** Marks a fictional record from the demo data set, so nobody mistakes it for a real partnership. */
export function DemoTag() {
  const { t } = useTranslation();
  return (
    <span className="tag tag-demo" title={t('demoTag.title')}>
      {t('demoTag.label')}
    </span>
  );
}
