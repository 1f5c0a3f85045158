import { useTranslation } from 'react-i18next';
import type { FormEvent, ReactNode } from 'react';
import type { GraphqlProblem } from '../../api/graphql-problems';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import { FormProblems } from '../../components/FormProblems';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { Link } from '@tanstack/react-router';
import { returnSearch } from '../../session/return-search';

interface AuthFormProps {
  title: string;
  lead: string;
  problemsTitle: string;
  problems: readonly GraphqlProblem[];
  fields: readonly string[];
  onSubmit: (event: FormEvent) => void;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  /** The way to the other form, e.g. "No account yet?" and a link to sign-up. */
  switchPrompt: string;
  switchLabel: string;
  switchTo: '/sign-in' | '/sign-up';
  /** Where the other page comes back to, too. */
  returnTo: string;
  children: ReactNode;
}

/** The frame the sign-in and sign-up pages share: heading, the API's general problems, the fields, the submit button. */
export function AuthForm(props: AuthFormProps) {
  return (
    <div className="page page-narrow auth-page">
      <PageHeading>{props.title}</PageHeading>
      <p className="lead">{props.lead}</p>
      <form className="auth-form card" onSubmit={props.onSubmit} noValidate aria-busy={props.busy}>
        <FormProblems title={props.problemsTitle} problems={props.problems} fields={props.fields} />
        {props.children}
        <button type="submit" className="button button-primary" disabled={props.busy}>
          {props.busy ? props.busyLabel : props.submitLabel}
        </button>
      </form>
      <p className="auth-switch">
        {props.switchPrompt}{' '}
        <Link to={props.switchTo} search={returnSearch(props.returnTo)}>
          {props.switchLabel}
        </Link>
      </p>
    </div>
  );
}

interface CredentialFieldsProps {
  problems: readonly GraphqlProblem[];
  email: string;
  onEmail: (email: string) => void;
  password: string;
  onPassword: (password: string) => void;
  /** A new password (sign-up) rather than the current one: the browser suggests one, the hint names the rule. */
  isNew: boolean;
}

/** E-mail address and password, with the API's complaints about `input.email` and `input.password` under them. */
export function CredentialFields({ problems, email, onEmail, password, onPassword, isNew }: CredentialFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={fieldIdFor('input.email')}
        label={t('account.eMailAddress')}
        type="email"
        autoComplete={isNew ? 'email' : 'username'}
        required
        value={email}
        onChange={onEmail}
        errors={messagesAt(problems, 'input.email')}
      />
      <TextField
        id={fieldIdFor('input.password')}
        label={t('account.password')}
        hint={isNew ? t('account.passwordRule') : undefined}
        type="password"
        autoComplete={isNew ? 'new-password' : 'current-password'}
        required
        value={password}
        onChange={onPassword}
        errors={messagesAt(problems, 'input.password')}
      />
    </>
  );
}
