import { useTranslation } from 'react-i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useMutation } from 'urql';
import { graphqlProblems, type GraphqlProblem } from '../../api/graphql-problems';
import { REGISTER_PARTNERSHIP_MUTATION } from '../../api/register-partnership-mutation';
import { PageHeading } from '../../components/PageHeading';
import { SignInPrompt } from '../../components/SignInPrompt';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSession } from '../../session/session-context';
import { ContactPersonFields } from './ContactPersonFields';
import { PHASE_LABELS } from '../../labels/phase-labels';
import { optionsFromLabels } from '../../reference/options-from-labels';
import { ErrorSummary } from '../partnership-form/ErrorSummary';
import { toFormRows } from '../partnership-form/field-path';
import { PartnershipBasicsFields } from '../partnership-form/PartnershipBasicsFields';
import { PartnershipContinuityFields } from '../partnership-form/PartnershipContinuityFields';
import { PartnershipPlaceFields } from '../partnership-form/PartnershipPlaceFields';
import { localProblems } from './local-problems';
import { emptyRegistrationForm, type RegistrationForm } from './registration-form';
import { StakeholderFieldsets } from './StakeholderFieldsets';
import { SdgTargetSuggestions } from '../sdg/SdgTargetSuggestions';
import { toRegistrationInput } from './to-registration-input';
import { useSimilarInitiativesStep } from './use-similar-initiatives-step';

const PHASE_OPTIONS = optionsFromLabels(PHASE_LABELS);

/**
 * An MSP describes itself; the API checks everything and names the field it refuses.
 * Registering needs an account: the registrant becomes the partnership's first member.
 */
export function RegisterPartnershipPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('form.registerTitle'));
  const { account } = useSession();
  return (
    <div className="page page-form">
      <PageHeading>{t('form.registerTitle')}</PageHeading>
      <p className="lead">{t('form.registerLead')}</p>
      {account ? <RegistrationFormSection /> : <SignInPrompt what={t('form.toRegisterAPartnership')} />}
    </div>
  );
}

function RegistrationFormSection() {
  const { t } = useTranslation();
  const [form, setForm] = useState<RegistrationForm>(emptyRegistrationForm);
  const [problems, setProblems] = useState<GraphqlProblem[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const [{ fetching }, register] = useMutation(REGISTER_PARTNERSHIP_MUTATION);
  const navigate = useNavigate();
  const formElement = useRef<HTMLFormElement>(null);
  const similar = useSimilarInitiativesStep(() => formElement.current?.requestSubmit());

  const showProblems = (found: GraphqlProblem[]) => {
    setProblems(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = localProblems(form);
    if (local.length > 0) return showProblems(local);
    if (await similar.holdsBack(form)) return;
    const { input, formRowOfStakeholder } = toRegistrationInput(form);
    const result = await register({ input });
    const found = graphqlProblems(result.error).map((problem) => toFormRows(problem, 'stakeholders', formRowOfStakeholder));
    if (found.length > 0) return showProblems(found);
    const slug = result.data?.registerPartnership.partnership.slug;
    if (slug) void navigate({ to: '/partnerships/$slug', params: { slug } });
  };

  return (
    <>
      <ErrorSummary ref={summary} title={t('form.thePartnershipCouldNot')} whole={t('form.wholeRegistration')} problems={problems} />
      <form ref={formElement} className="registration-form" onSubmit={submit} noValidate aria-busy={fetching}>
        <PartnershipBasicsFields
          form={form}
          problems={problems}
          onChange={setForm}
          stateField={{ key: 'phase', label: t('form.currentPhase'), options: PHASE_OPTIONS }}
        />
        <PartnershipPlaceFields form={form} problems={problems} onChange={setForm} />
        <SdgTargetSuggestions form={form} onChange={setForm} />
        <PartnershipContinuityFields form={form} problems={problems} onChange={setForm} />
        <StakeholderFieldsets form={form} problems={problems} onChange={setForm} />
        <ContactPersonFields form={form} problems={problems} onChange={setForm} />
        {similar.step}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={fetching}>
            {fetching ? t('form.registering') : t('form.registerSubmit')}
          </button>
        </div>
      </form>
    </>
  );
}
