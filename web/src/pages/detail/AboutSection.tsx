import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { DetailSection } from './DetailSection';
import { Paragraphs } from './Paragraphs';
import type { AboutSectionFragment } from './about-section-fragment';

export function AboutSection({ partnership }: { partnership: ResultOf<typeof AboutSectionFragment> }) {
  const { t } = useTranslation();
  const { description, problemStatement, objectives } = partnership;
  return (
    <DetailSection
      id="about"
      title={t('detail.about')}
      isEmpty={!description && !problemStatement && objectives.length === 0}
      emptyText={t('detail.noDescriptionYet')}
    >
      {description && <Paragraphs text={description} />}
      {problemStatement && (
        <div data-testid="problem-statement">
          <h3>{t('detail.problemStatement')}</h3>
          <Paragraphs text={problemStatement} />
        </div>
      )}
      {objectives.length > 0 && (
        <>
          <h3>{t('detail.objectives')}</h3>
          <ul className="objectives">
            {objectives.map((objective, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: objectives are plain texts that may repeat; the list is drawn anew, never reordered
              <li key={index}>{objective}</li>
            ))}
          </ul>
        </>
      )}
    </DetailSection>
  );
}
