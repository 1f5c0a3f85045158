import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { DetailSection } from './DetailSection';
import type { AboutSectionFragment } from './about-section-fragment';

export function AboutSection({ partnership }: { partnership: ResultOf<typeof AboutSectionFragment> }) {
  const { t } = useTranslation();
  const { description, objectives } = partnership;
  return (
    <DetailSection id="about" title={t('detail.about')} isEmpty={!description && objectives.length === 0} emptyText={t('detail.noDescriptionYet')}>
      {description && (
        <div className="prose">
          {description.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      )}
      {objectives.length > 0 && (
        <>
          <h3>{t('detail.objectives')}</h3>
          <ul className="objectives">
            {objectives.map((objective, index) => (
              <li key={index}>{objective}</li>
            ))}
          </ul>
        </>
      )}
    </DetailSection>
  );
}
