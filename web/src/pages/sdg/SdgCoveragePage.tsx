import { useTranslation } from 'react-i18next';
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { graphqlProblems } from '../../api/graphql-problems';
import { SDG_COVERAGE_QUERY } from '../../api/sdg-coverage-query';
import { CodePicker } from '../../components/CodePicker';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { formatMoney, formatNumber } from '../../format/format-money';
import { readableTextColor } from '../../format/readable-text-color';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { COUNTRY_OPTIONS } from '../../reference/country-options';
import { REGION_OPTIONS } from '../../reference/region-options';
import { coverageCsv } from './coverage-csv';
import { heatColor } from './heat-color';
import { getSdgGoal } from '@msp-atlas/sdg-framework/goals';
import { localizedTitle } from '../../i18n/sdg-locale';
import { sdgTargetTitle } from '../../reference/sdg-target-title';
import './sdg.css';

interface CoverageChoice {
  countries: string[];
  region: string;
}

const goalTitle = (code: string) => {
  const goal = getSdgGoal(code);
  return goal ? localizedTitle(goal.shortTitle) : code;
};

const moneyText = (money: readonly { currency: string; amount: number }[]) => money.map((m) => formatMoney(m.amount, m.currency)).join(', ');

/** For national platforms: which goals and targets the partnerships of some countries or a region serve, and which none does. */
export function SdgCoveragePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sdgPages.coverage.title'));
  const [draft, setDraft] = useState<CoverageChoice>({ countries: [], region: '' });
  const [chosen, setChosen] = useState<CoverageChoice | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChosen(draft);
  };
  return (
    <div className="page">
      <nav aria-label={t('sdgPages.breadcrumb')} className="breadcrumb">
        <Link to="/sdg">{t('sdgPages.explorer.title')}</Link>
      </nav>
      <PageHeading>{t('sdgPages.coverage.title')}</PageHeading>
      <p className="lead">{t('sdgPages.coverage.lead')}</p>
      <form className="form-section" onSubmit={submit} aria-label={t('sdgPages.coverage.choose')}>
        <CodePicker
          id="coverage-countries"
          label={t('sdgPages.coverage.countries')}
          options={COUNTRY_OPTIONS}
          value={draft.countries}
          onChange={(countries) => setDraft((current) => ({ ...current, countries }))}
          hint={t('sdgPages.coverage.countriesHint')}
        />
        <SelectField
          id="coverage-region"
          label={t('sdgPages.coverage.region')}
          value={draft.region}
          options={REGION_OPTIONS}
          emptyLabel={t('sdgPages.coverage.noRegion')}
          onChange={(region) => setDraft((current) => ({ ...current, region }))}
        />
        <button type="submit" className="button">
          {t('sdgPages.coverage.show')}
        </button>
      </form>
      {chosen && <CoverageResult choice={chosen} />}
    </div>
  );
}

function CoverageResult({ choice }: { choice: CoverageChoice }) {
  const { t, i18n } = useTranslation();
  const filter = {
    ...(choice.countries.length > 0 ? { countries: choice.countries } : {}),
    ...(choice.region ? { regions: [choice.region] } : {}),
  };
  const [{ data, fetching, error }] = useQuery({ query: SDG_COVERAGE_QUERY, variables: { filter } });
  const coverage = data?.sdgCoverage;
  // biome-ignore lint/correctness/useExhaustiveDependencies: i18n.language is there on purpose, as said below
  const csvUrl = useMemo(() => {
    if (!coverage) return null;
    const rows = coverage.targets.map((target) => ({
      goal: Number(target.target.code.split('.')[0]),
      target: target.target.code,
      title: sdgTargetTitle(target.target.code) ?? '',
      partnerships: target.partnerships,
      organizations: target.organizations,
      money: target.money,
    }));
    return URL.createObjectURL(new Blob([coverageCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    // Titles in the app's language: a switch rebuilds the file.
  }, [coverage, i18n.language]);
  if (fetching && !data) return <LoadingIndicator label={t('sdgPages.loading')} />;
  if (!coverage) return <FormProblems title={t('sdgPages.couldNotLoad')} problems={graphqlProblems(error)} fields={[]} />;
  const max = Math.max(0, ...coverage.targets.map((target) => target.partnerships));
  const targetsOf = (goalCode: string) => coverage.targets.filter((target) => target.target.code.split('.')[0] === goalCode);
  return (
    <section aria-labelledby="coverage-result-heading" data-testid="sdg-coverage">
      <h2 id="coverage-result-heading">{t('sdgPages.coverage.result')}</h2>
      <p data-testid="coverage-totals">
        {t('sdgPages.coverage.totals', { partnerships: coverage.partnerships, organizations: coverage.organizations })}{' '}
        {coverage.money.length > 0 && t('sdgPages.coverage.money', { money: moneyText(coverage.money) })}
      </p>
      <p className="muted">
        {coverage.reportingTotal
          ? t('sdgPages.coverage.reporting', {
              amount: formatMoney(coverage.reportingTotal.amount, coverage.reportingTotal.currency),
              date: coverage.reportingTotal.ratesDate,
              source: coverage.reportingTotal.ratesSource,
            })
          : t('sdgPages.coverage.noRates')}
      </p>
      {csvUrl && (
        <p>
          <a href={csvUrl} download="sdg-coverage.csv" className="button button-secondary">
            {t('sdgPages.coverage.export')}
          </a>
        </p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling frame takes the keyboard focus so that keyboard users can scroll it */}
      {/* biome-ignore lint/a11y/useSemanticElements: kept a div: a section would change the markup that the styles and the browser tests see */}
      <div className="sdg-heatmap-wrap" tabIndex={0} role="region" aria-label={t('sdgPages.coverage.heatmap')}>
        <table className="sdg-heatmap" data-testid="sdg-heatmap">
          <caption>{t('sdgPages.coverage.heatmapCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sdgPages.coverage.goal')}</th>
              <th scope="col">{t('sdgPages.coverage.goalTotal')}</th>
              <th scope="col" colSpan={19}>
                {t('sdgPages.coverage.targets')}
              </th>
            </tr>
          </thead>
          <tbody>
            {coverage.goals.map((goal) => (
              <tr key={goal.goal.code}>
                <th scope="row" style={{ backgroundColor: goal.goal.color, color: readableTextColor(goal.goal.color) }}>
                  {t('sdg.goalWithTitle', { number: goal.goal.number, title: goalTitle(goal.goal.code) })}
                </th>
                <td data-goal={goal.goal.code} title={moneyText(goal.money)}>
                  <span className="cell-count">{formatNumber(goal.partnerships)}</span>
                  {goal.money.length > 0 && <span className="cell-code">{moneyText(goal.money)}</span>}
                </td>
                {targetsOf(goal.goal.code).map((target) => {
                  const background = heatColor(goal.goal.color, target.partnerships, max);
                  return (
                    <td
                      key={target.target.code}
                      data-target={target.target.code}
                      data-count={target.partnerships}
                      style={{ backgroundColor: background, color: readableTextColor(background) }}
                      title={`${target.target.code} ${sdgTargetTitle(target.target.code) ?? ''}${target.money.length > 0 ? ` — ${moneyText(target.money)}` : ''}`}
                    >
                      <span className="cell-code">{target.target.code}</span>
                      <span className="cell-count">{target.partnerships}</span>
                      {target.money.length > 0 && <span className="visually-hidden">{moneyText(target.money)}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('sdgPages.coverage.orphaned', { count: coverage.orphanedTargets.length })}</h2>
      <ul className="sdg-orphans" data-testid="sdg-orphans">
        {coverage.orphanedTargets.map((target) => (
          <li key={target.code} data-target={target.code}>
            <span className="target-code">{target.code}</span> {sdgTargetTitle(target.code)}
          </li>
        ))}
      </ul>
    </section>
  );
}
