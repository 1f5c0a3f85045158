import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { SIGN_IN_MUTATION } from '../../api/sign-in-mutation';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { returnSearch } from '../../session/return-search';
import { useSession } from '../../session/session-context';
import { AlreadySignedIn } from './AlreadySignedIn';
import { AuthForm, CredentialFields } from './AuthForm';
import { useAuthForm } from './use-auth-form';

const FIELDS = ['input.email', 'input.password'];

export function SignInPage() {
  useDocumentTitle('Sign in');
  const { account } = useSession();
  const { returnTo, problems, finish } = useAuthForm(FIELDS);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching }, signIn] = useMutation(SIGN_IN_MUTATION);

  if (account) return <AlreadySignedIn title="Sign in" returnTo={returnTo} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    finish(await signIn({ input: { email: email.trim(), password } }), (data) => data.signIn);
  };

  return (
    <AuthForm
      title="Sign in"
      lead="Sign in to register partnerships and keep the records of your partnerships current."
      problemsTitle="You could not be signed in."
      problems={problems}
      fields={FIELDS}
      onSubmit={submit}
      busy={fetching}
      submitLabel="Sign in"
      busyLabel="Signing in…"
      switchPrompt="No account yet?"
      switchLabel="Create an account"
      switchTo="/sign-up"
      returnTo={returnTo}
    >
      <CredentialFields problems={problems} email={email} onEmail={setEmail} password={password} onPassword={setPassword} isNew={false} />
    </AuthForm>
  );
}
