import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { SDG_TARGET_LESSONS_QUERY } from '../../api/sdg-target-lessons-query';
import { LessonLinkList } from './LessonLinkList';

/** The lessons on one SDG target, for a target's page, with the way to all of them in the library. */
export function SdgTargetLessonsSection({ targetCode }: { targetCode: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: SDG_TARGET_LESSONS_QUERY, variables: { code: targetCode } });
  const lessons = data?.sdgTarget?.lessons;
  return (
    <section className="detail-section" aria-labelledby={`target-lessons-${targetCode}`} data-testid="target-lessons">
      <h2 id={`target-lessons-${targetCode}`}>{t('lessons.target.heading', { code: targetCode })}</h2>
      {lessons && lessons.totalCount === 0 && <p className="muted">{t('lessons.target.none')}</p>}
      {lessons && lessons.totalCount > 0 && <LessonLinkList lessons={lessons.edges.map((edge) => edge.node)} />}
      <p>
        <Link to="/lessons" search={{ target: [targetCode] }}>
          {t('lessons.target.all', { count: lessons?.totalCount ?? 0, code: targetCode })}
        </Link>
      </p>
    </section>
  );
}
