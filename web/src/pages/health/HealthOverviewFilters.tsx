import { useTranslation } from 'react-i18next';
import type { HealthOverviewGrouping, Phase } from '../../api/schema-types';
import { CodePicker } from '../../components/CodePicker';
import { PHASE_CODES, PHASE_LABELS } from '../../labels/phase-labels';
import { COUNTRY_OPTIONS } from '../../reference/country-options';
import type { HealthOverviewSearch } from './health-search';

interface HealthOverviewFiltersProps {
  search: HealthOverviewSearch;
  groupBy: HealthOverviewGrouping;
  countryErrors: readonly string[];
  onChange: (search: HealthOverviewSearch) => void;
}

/** What the overview counts (countries, phases, demo records) and how it groups them; every change goes into the address. */
export function HealthOverviewFilters({ search, groupBy, countryErrors, onChange }: HealthOverviewFiltersProps) {
  const { t } = useTranslation();
  const phases = search.phase ?? [];
  const togglePhase = (phase: Phase) => {
    const next = phases.includes(phase) ? phases.filter((code) => code !== phase) : [...phases, phase];
    onChange({ ...search, phase: next.length > 0 ? PHASE_CODES.filter((code) => next.includes(code)) : undefined });
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of controls that are not one form field; a fieldset would bring its own border and legend layout
    <div className="card form-section health-filters" role="group" aria-label={t('health.overview.filters')}>
      <fieldset className="health-group-by">
        <legend>{t('health.overview.groupBy')}</legend>
        {(['PHASE', 'COUNTRY'] as const).map((grouping) => (
          <label key={grouping} className="inline-choice">
            <input
              type="radio"
              name="health-group-by"
              value={grouping}
              checked={groupBy === grouping}
              onChange={() => onChange({ ...search, groupBy: grouping === 'PHASE' ? undefined : grouping })}
            />
            {t(`health.overview.grouping.${grouping}`)}
          </label>
        ))}
      </fieldset>
      <CodePicker
        id="health-countries"
        label={t('health.overview.countries')}
        options={COUNTRY_OPTIONS}
        value={search.country ?? []}
        onChange={(country) => onChange({ ...search, country: country.length > 0 ? country : undefined })}
        errors={countryErrors}
      />
      <fieldset>
        <legend>{t('health.overview.phases')}</legend>
        {PHASE_CODES.map((phase) => (
          <label key={phase} className="inline-choice">
            <input type="checkbox" checked={phases.includes(phase)} onChange={() => togglePhase(phase)} />
            {PHASE_LABELS[phase]}
          </label>
        ))}
      </fieldset>
      <label className="inline-choice">
        <input type="checkbox" checked={search.demo !== 'no'} onChange={(event) => onChange({ ...search, demo: event.target.checked ? undefined : 'no' })} />
        {t('health.overview.includeDemo')}
      </label>
    </div>
  );
}
