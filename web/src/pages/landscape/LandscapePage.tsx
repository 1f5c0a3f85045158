import { useTranslation } from 'react-i18next';
import { useMemo, useState, type FormEvent } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { CONTEXT_LANDSCAPE_QUERY } from '../../api/context-landscape-query';
import { graphqlProblems } from '../../api/graphql-problems';
import { CodePicker } from '../../components/CodePicker';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { COUNTRY_OPTIONS } from '../../reference/country-options';
import { REGION_OPTIONS } from '../../reference/region-options';
import { ComparisonTable } from './ComparisonTable';
import { FragmentationTable } from './FragmentationTable';
import { LandscapeClusters } from './LandscapeClusters';
import type { Landscape } from './landscape-types';
import { OverlapNetwork } from './OverlapNetwork';

const landscapeRoute = getRouteApi('/landscape');

/** For national platforms: who works on what in the chosen countries or region, where it is crowded or fragmented. */
export function LandscapePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('context.landscape.title'));
  const search = landscapeRoute.useSearch();
  const navigate = landscapeRoute.useNavigate();
  const [countries, setCountries] = useState<string[]>(search.countries ?? []);
  const [regions, setRegions] = useState<string[]>(search.regions ?? []);
  const chosen = (search.countries?.length ?? 0) + (search.regions?.length ?? 0) > 0;

  const show = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: { ...(countries.length > 0 && { countries }), ...(regions.length > 0 && { regions }) } });
  };

  return (
    <div className="page landscape">
      <PageHeading>{t('context.landscape.title')}</PageHeading>
      <p className="lead">{t('context.landscape.lead')}</p>
      <form className="landscape-form" onSubmit={show} noValidate>
        <CodePicker id="landscape-countries" label={t('context.landscape.countries')} options={COUNTRY_OPTIONS} value={countries} onChange={setCountries} />
        <CodePicker id="landscape-regions" label={t('context.landscape.regions')} options={REGION_OPTIONS} value={regions} onChange={setRegions} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={countries.length + regions.length === 0}>
            {t('context.landscape.show')}
          </button>
        </div>
      </form>
      {chosen ? (
        <LandscapeResults countries={search.countries ?? []} regions={search.regions ?? []} />
      ) : (
        <p className="empty-state">{t('context.landscape.choosePlace')}</p>
      )}
    </div>
  );
}

function LandscapeResults({ countries, regions }: { countries: string[]; regions: string[] }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: CONTEXT_LANDSCAPE_QUERY, variables: { filter: { countries, regions } } });
  const landscape = data?.contextLandscape;
  if (!landscape) {
    return (
      <>
        {fetching && <LoadingIndicator label={t('context.landscape.loading')} />}
        <FormProblems title={t('context.landscape.couldNotLoad')} problems={graphqlProblems(error)} fields={[]} />
      </>
    );
  }
  return <LandscapeView landscape={landscape} />;
}

function LandscapeView({ landscape }: { landscape: Landscape }) {
  const { t } = useTranslation();
  const initiativesById = useMemo(() => new Map(landscape.initiatives.map((initiative) => [initiative.partnership.id, initiative])), [landscape]);
  const numbers = useMemo(() => new Map(landscape.clusters.map((cluster, index) => [cluster.id, String(index + 1)])), [landscape]);
  const clusterNumber = (id: string | null) => (id ? (numbers.get(id) ?? '') : '');
  return (
    <div className="landscape-results" data-testid="landscape-results">
      <p className="results-summary" role="status">
        {t('context.landscape.summary', { count: landscape.initiativeCount, clusters: landscape.clusters.length })}
        {landscape.truncated && ` ${t('context.landscape.truncated', { shown: landscape.initiatives.length })}`}
      </p>
      <LandscapeClusters clusters={landscape.clusters} initiativesById={initiativesById} />
      <OverlapNetwork links={landscape.links} initiativesById={initiativesById} clusterNumber={clusterNumber} />
      <FragmentationTable figures={landscape.fragmentation} />
      <ComparisonTable initiatives={landscape.initiatives} clusterNumber={clusterNumber} />
    </div>
  );
}
