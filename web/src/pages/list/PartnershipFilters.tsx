import { useTranslation } from 'react-i18next';
import { useCallback, useState } from 'react';
import { compareSdgCodes } from '@msp-atlas/sdg-framework/goals';
import { SelectField } from '../../components/SelectField';
import { ORGANIZATION_TYPE_LABELS } from '../../labels/organization-type-labels';
import { PHASE_LABELS } from '../../labels/phase-labels';
import { STATUS_LABELS } from '../../labels/status-labels';
import { COUNTRY_OPTIONS } from '../../reference/country-options';
import { optionsFromLabels } from '../../reference/options-from-labels';
import { countActiveFilters, hasActiveFilters, NO_FILTERS, type ListFilters } from './list-filters';
import { SdgGoalChips } from './SdgGoalChips';
import { SearchBox } from './SearchBox';

const PHASE_OPTIONS = optionsFromLabels(PHASE_LABELS);
const STATUS_OPTIONS = optionsFromLabels(STATUS_LABELS);
const TYPE_OPTIONS = optionsFromLabels(ORGANIZATION_TYPE_LABELS);

interface PartnershipFiltersProps {
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
}

export function PartnershipFilters({ filters, onChange }: PartnershipFiltersProps) {
  // On narrow screens the filters fold away behind a toggle, so results come first.
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const recordOptions = [
    { code: 'real', label: t('list.filters.realOnly') },
    { code: 'demo', label: t('list.filters.demoOnly') },
  ];
  const activeCount = countActiveFilters(filters);
  const set = <Key extends keyof ListFilters>(key: Key, value: ListFilters[Key]) => onChange({ ...filters, [key]: value });
  const onSearch = useCallback((search: string) => onChange({ ...filters, search }), [filters, onChange]);
  const toggleGoal = (code: string) =>
    set('goals', filters.goals.includes(code) ? filters.goals.filter((goal) => goal !== code) : [...filters.goals, code].sort(compareSdgCodes));

  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role search is the supported landmark; the search element is not yet in every browser we support
    <form className="filters" role="search" aria-label={t('list.filters.formLabel')} onSubmit={(event) => event.preventDefault()}>
      <h2 className="filters-heading">{t('list.filters.heading')}</h2>
      <button type="button" className="filters-toggle button button-secondary" aria-expanded={open} aria-controls="filters-body" onClick={() => setOpen(!open)}>
        {open ? t('list.filters.hide') : t('list.filters.show')}
        {activeCount > 0 && ` ${t('list.filters.activeCount', { count: activeCount })}`}
      </button>
      <div id="filters-body" className={open ? 'filters-body filters-body-open' : 'filters-body'}>
        <SearchBox value={filters.search} onSearch={onSearch} />
        <SelectField
          id="filter-country"
          label={t('list.filters.country')}
          value={filters.country}
          options={COUNTRY_OPTIONS}
          emptyLabel={t('list.filters.allCountries')}
          onChange={(value) => set('country', value)}
        />
        <SelectField
          id="filter-phase"
          label={t('list.filters.phase')}
          value={filters.phase}
          options={PHASE_OPTIONS}
          emptyLabel={t('list.filters.allPhases')}
          onChange={(value) => set('phase', value as ListFilters['phase'])}
        />
        <SdgGoalChips selected={filters.goals} onToggle={toggleGoal} />
        <SelectField
          id="filter-stakeholder-type"
          label={t('list.filters.stakeholderType')}
          value={filters.stakeholderType}
          options={TYPE_OPTIONS}
          emptyLabel={t('list.filters.anyType')}
          onChange={(value) => set('stakeholderType', value as ListFilters['stakeholderType'])}
        />
        <SelectField
          id="filter-status"
          label={t('list.filters.status')}
          value={filters.status}
          options={STATUS_OPTIONS}
          emptyLabel={t('list.filters.anyStatus')}
          onChange={(value) => set('status', value as ListFilters['status'])}
        />
        <SelectField
          id="filter-records"
          label={t('list.filters.records')}
          value={filters.records === 'all' ? '' : filters.records}
          options={recordOptions}
          emptyLabel={t('list.filters.allRecords')}
          onChange={(value) => set('records', value === 'real' || value === 'demo' ? value : 'all')}
        />
        {hasActiveFilters(filters) && (
          <button type="button" className="button button-secondary" onClick={() => onChange(NO_FILTERS)}>
            {t('list.filters.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
