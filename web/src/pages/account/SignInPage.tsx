import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { SIGN_IN_MUTATION } from '../../api/sign-in-mutation';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSession } from '../../session/session-context';
import { AlreadySignedIn } from './AlreadySignedIn';
import { AuthForm, CredentialFields } from './AuthForm';
import { useAuthForm } from './use-auth-form';

const FIELDS = ['input.email', 'input.password'];

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.signIn'));
  const { account } = useSession();
  const { returnTo, problems, finish } = useAuthForm(FIELDS);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching }, signIn] = useMutation(SIGN_IN_MUTATION);

  if (account) return <AlreadySignedIn title={t('account.signIn')} returnTo={returnTo} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    finish(await signIn({ input: { email: email.trim(), password } }), (data) => data.signIn);
  };

  return (
    <AuthForm
      title={t('account.signIn')}
      lead={t('account.signInToRegister')}
      problemsTitle={t('account.youCouldNotBe')}
      problems={problems}
      fields={FIELDS}
      onSubmit={submit}
      busy={fetching}
      submitLabel={t('account.signIn')}
      busyLabel={t('account.signingIn')}
      switchPrompt={t('account.noAccountYet')}
      switchLabel={t('account.createAnAccount')}
      switchTo="/sign-up"
      returnTo={returnTo}
    >
      <CredentialFields problems={problems} email={email} onEmail={setEmail} password={password} onPassword={setPassword} isNew={false} />
    </AuthForm>
  );
}
