import { useTranslation } from 'react-i18next';
import { DISMISS_CURATOR_MUTATION } from '../../api/dismiss-curator-mutation';
import { FormProblems } from '../../components/FormProblems';
import type { ResultOf } from '../../graphql/graphql';
import { useReportedMutation } from '../../hooks/use-reported-mutation';
import { countryName } from '../../reference/country-options';
import type { CuratorRowFragment } from './curator-row-fragment';

/** One curator and the countries they curate, with a way to dismiss them there. */
export function CuratorRow({ curator }: { curator: ResultOf<typeof CuratorRowFragment> }) {
  const { t } = useTranslation();
  const { problems, fetching, run: dismiss } = useReportedMutation(DISMISS_CURATOR_MUTATION);
  const onDismiss = () => dismiss({ input: { accountId: curator.id, countries: curator.curatorCountries } });
  return (
    <li className="card item-row">
      <div>
        <p>
          <strong>{curator.name}</strong>
          {curator.email && <span className="muted"> · {curator.email}</span>}
        </p>
        <p>{curator.curatorCountries.map(countryName).join(', ')}</p>
        <FormProblems title={t('admin.dismissFailed')} problems={problems} fields={[]} />
      </div>
      <button type="button" className="button button-secondary" disabled={fetching} onClick={() => void onDismiss()}>
        {t('admin.dismiss')}
        <span className="visually-hidden"> {curator.name}</span>
      </button>
    </li>
  );
}
