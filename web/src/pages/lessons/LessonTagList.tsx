import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import type { Phase, SuccessFactor } from '../../api/schema-types';
import { SdgGoalBadge } from '../../components/SdgGoalBadge';
import { PHASE_LABELS } from '../../labels/phase-labels';
import { SUCCESS_FACTOR_LABELS } from '../../labels/success-factor-labels';
import { countryName } from '../../reference/country-options';
import { sdgTargetTitle } from '../../reference/sdg-target-title';
import { sectorName } from '../../reference/sector-options';

interface LessonTags {
  phases: Phase[];
  successFactors: SuccessFactor[];
  sdgGoalCodes: string[];
  sdgTargetCodes: string[];
  countries: string[];
  sectors: string[];
}

/** What a lesson is about, each tag a link to the lessons sharing it. */
export function LessonTagList({ lesson }: { lesson: LessonTags }) {
  const { t } = useTranslation();
  return (
    <dl className="definition-grid lesson-tags">
      {lesson.phases.length > 0 && (
        <>
          <dt>{t('lessons.fields.phases')}</dt>
          <dd>
            {lesson.phases.map((phase) => (
              <Link key={phase} to="/lessons" search={{ phase: [phase] }} className="tag">
                {PHASE_LABELS[phase]}
              </Link>
            ))}
          </dd>
        </>
      )}
      {lesson.successFactors.length > 0 && (
        <>
          <dt>{t('lessons.fields.successFactors')}</dt>
          <dd>
            {lesson.successFactors.map((factor) => (
              <Link key={factor} to="/lessons" search={{ factor: [factor] }} className="tag">
                {SUCCESS_FACTOR_LABELS[factor]}
              </Link>
            ))}
          </dd>
        </>
      )}
      {lesson.sdgGoalCodes.length > 0 && (
        <>
          <dt>{t('lessons.fields.goals')}</dt>
          <dd>
            {lesson.sdgGoalCodes.map((goal) => (
              <Link key={goal} to="/lessons" search={{ goal: [goal] }}>
                <SdgGoalBadge goalCode={goal} />
              </Link>
            ))}
          </dd>
        </>
      )}
      {lesson.sdgTargetCodes.length > 0 && (
        <>
          <dt>{t('lessons.fields.targets')}</dt>
          <dd>
            <ul className="plain-list">
              {lesson.sdgTargetCodes.map((target) => (
                <li key={target}>
                  <Link to="/lessons" search={{ target: [target] }}>
                    {target}
                  </Link>{' '}
                  {sdgTargetTitle(target)}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {lesson.countries.length > 0 && (
        <>
          <dt>{t('lessons.fields.countries')}</dt>
          <dd>{lesson.countries.map(countryName).join(', ')}</dd>
        </>
      )}
      {lesson.sectors.length > 0 && (
        <>
          <dt>{t('lessons.fields.sectors')}</dt>
          <dd>{lesson.sectors.map(sectorName).join(', ')}</dd>
        </>
      )}
    </dl>
  );
}
