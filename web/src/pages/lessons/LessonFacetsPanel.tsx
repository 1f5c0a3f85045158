import { useTranslation } from 'react-i18next';
import { getSdgGoal } from '@msp-atlas/sdg-framework';
import { localizedTitle } from '../../i18n/sdg-locale';
import { LESSON_KIND_LABELS } from '../../labels/lesson-kind-labels';
import { LESSON_LANGUAGE_LABELS } from '../../labels/lesson-language-labels';
import { PHASE_LABELS } from '../../labels/phase-labels';
import { SUCCESS_FACTOR_LABELS } from '../../labels/success-factor-labels';
import { countryName } from '../../reference/country-options';
import type { LessonSearch, LessonSearchList } from './lesson-search';

interface FacetCount {
  code: string;
  count: number;
}

export interface LessonFacets {
  totalCount: number;
  phases: FacetCount[];
  successFactors: FacetCount[];
  sdgGoals: FacetCount[];
  kinds: FacetCount[];
  countries: FacetCount[];
  languages: FacetCount[];
}

const labelIn = (table: Readonly<Record<string, string>>) => (code: string) => table[code] ?? code;
const goalLabel = (code: string) => {
  const goal = getSdgGoal(code);
  return goal ? `${goal.number} · ${localizedTitle(goal.shortTitle)}` : code;
};

/** Counts per tag over the current result set; each is a toggle that narrows the search to lessons carrying it. */
export function LessonFacetsPanel({
  facets,
  search,
  onToggle,
}: {
  facets: LessonFacets;
  search: LessonSearch;
  onToggle: (key: LessonSearchList, code: string) => void;
}) {
  const { t } = useTranslation();
  const groups: { key: LessonSearchList; title: string; counts: FacetCount[]; label: (code: string) => string }[] = [
    { key: 'phase', title: t('lessons.facets.phases'), counts: facets.phases, label: labelIn(PHASE_LABELS) },
    { key: 'factor', title: t('lessons.facets.successFactors'), counts: facets.successFactors, label: labelIn(SUCCESS_FACTOR_LABELS) },
    { key: 'goal', title: t('lessons.facets.goals'), counts: facets.sdgGoals, label: goalLabel },
    { key: 'kind', title: t('lessons.facets.kinds'), counts: facets.kinds, label: labelIn(LESSON_KIND_LABELS) },
    { key: 'country', title: t('lessons.facets.countries'), counts: facets.countries, label: countryName },
    { key: 'lang', title: t('lessons.facets.languages'), counts: facets.languages, label: labelIn(LESSON_LANGUAGE_LABELS) },
  ];
  return (
    <aside className="lesson-facets card" aria-label={t('lessons.facets.label')} data-testid="lesson-facets">
      <h2>{t('lessons.facets.title')}</h2>
      {groups.map((group) => {
        const chosen = (search[group.key] ?? []) as string[];
        // A chosen value stays visible, so it can be taken off again.
        const counts = [...group.counts, ...chosen.filter((code) => !group.counts.some((count) => count.code === code)).map((code) => ({ code, count: 0 }))];
        if (counts.length === 0) return null;
        return (
          <fieldset key={group.key} className="facet-group">
            <legend>{group.title}</legend>
            <ul className="plain-list">
              {counts.slice(0, 12).map(({ code, count }) => (
                <li key={code}>
                  <label className="checkbox">
                    <input type="checkbox" checked={chosen.includes(code)} onChange={() => onToggle(group.key, code)} />
                    <span>
                      {group.label(code)} <span className="facet-count">({count})</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </aside>
  );
}
