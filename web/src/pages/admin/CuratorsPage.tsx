import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { APPOINT_CURATOR_MUTATION } from '../../api/appoint-curator-mutation';
import { CURATORS_QUERY } from '../../api/curators-query';
import { graphqlProblems } from '../../api/graphql-problems';
import { CodePicker } from '../../components/CodePicker';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { SignInPrompt } from '../../components/SignInPrompt';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useReportedMutation } from '../../hooks/use-reported-mutation';
import { COUNTRY_OPTIONS, countryName } from '../../reference/country-options';
import { useSession } from '../../session/session-context';
import { CuratorRow } from './CuratorRow';

const FIELDS = ['input.email', 'input.countries'];

/** Administrators appoint curators: national platform staff who may correct the records of their countries. */
export function CuratorsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.curators'));
  const { account } = useSession();
  return (
    <div className="page page-narrow">
      <PageHeading>{t('admin.curators')}</PageHeading>
      <p className="lead">{t('admin.lead')}</p>
      {!account && <SignInPrompt what={t('admin.manageCurators')} />}
      {account && !account.isAdmin && <p>{t('admin.onlyAdministratorsAppointAnd')}</p>}
      {account?.isAdmin && <CuratorAdministration />}
    </div>
  );
}

// The list may start empty, holding no Account the cache could tie the appointment to.
const CURATORS_CONTEXT = { additionalTypenames: ['Account'] };

function CuratorAdministration() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: CURATORS_QUERY, context: CURATORS_CONTEXT });
  return (
    <>
      <AppointCuratorForm />
      <section aria-labelledby="curators-heading">
        <h2 id="curators-heading">{t('admin.currentCurators')}</h2>
        {fetching && !data && <LoadingIndicator label={t('admin.loadingCurators')} />}
        <FormProblems title={t('admin.theCuratorsCouldNot')} problems={graphqlProblems(error)} fields={[]} />
        {data && data.curators.length === 0 && <p className="empty-state">{t('admin.nobodyCuratesACountry')}</p>}
        {data && data.curators.length > 0 && (
          <ul className="item-list" data-testid="curators">
            {data.curators.map((curator) => (
              <CuratorRow key={curator.id} curator={curator} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function AppointCuratorForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [countries, setCountries] = useState<string[]>([]);
  const [appointed, setAppointed] = useState<string | null>(null);
  const { problems, fetching, run: appoint } = useReportedMutation(APPOINT_CURATOR_MUTATION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAppointed(null);
    const account = (await appoint({ input: { email: email.trim(), countries } }))?.appointCurator.account;
    if (account) {
      setAppointed(t('admin.appointed', { name: account.name, countries: account.curatorCountries.map(countryName).join(', ') }));
      setEmail('');
      setCountries([]);
    }
  };

  return (
    <form className="card form-section" onSubmit={submit} noValidate aria-labelledby="appoint-heading">
      <h2 id="appoint-heading">{t('admin.appointACurator')}</h2>
      <FormProblems title={t('admin.appointFailed')} problems={problems} fields={FIELDS} />
      <TextField
        id={fieldIdFor('input.email')}
        label={t('admin.eMailAddressOf')}
        hint={t('admin.thePersonSignsUp')}
        type="email"
        required
        value={email}
        onChange={setEmail}
        errors={messagesAt(problems, 'input.email')}
      />
      <CodePicker
        id={fieldIdFor('input.countries')}
        label={t('admin.countries')}
        options={COUNTRY_OPTIONS}
        value={countries}
        onChange={setCountries}
        hint={t('admin.typeACountryName')}
        errors={messagesAt(problems, 'input.countries')}
      />
      <p className={appointed ? 'notice notice-success' : 'visually-hidden'} role="status">
        {appointed ?? ''}
      </p>
      <button type="submit" className="button button-primary" disabled={fetching}>
        {fetching ? t('admin.appointing') : t('admin.appoint')}
      </button>
    </form>
  );
}
