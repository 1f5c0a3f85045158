import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { SIGN_UP_MUTATION } from '../../api/sign-up-mutation';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSession } from '../../session/session-context';
import { AlreadySignedIn } from './AlreadySignedIn';
import { AuthForm, CredentialFields } from './AuthForm';
import { useAuthForm } from './use-auth-form';

const FIELDS = ['input.name', 'input.email', 'input.password'];

export function SignUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.createAnAccount'));
  const { account } = useSession();
  const { returnTo, problems, finish } = useAuthForm(FIELDS);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching }, signUp] = useMutation(SIGN_UP_MUTATION);

  if (account) return <AlreadySignedIn title={t('account.createAnAccount')} returnTo={returnTo} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    finish(await signUp({ input: { name: name.trim(), email: email.trim(), password } }), (data) => data.signUp);
  };

  return (
    <AuthForm
      title={t('account.createAnAccount')}
      lead={t('account.withAnAccountYou')}
      problemsTitle={t('account.theAccountCouldNot')}
      problems={problems}
      fields={FIELDS}
      onSubmit={submit}
      busy={fetching}
      submitLabel={t('account.createAccount')}
      busyLabel={t('account.creatingTheAccount')}
      switchPrompt={t('account.alreadyHaveAnAccount')}
      switchLabel={t('account.signIn')}
      switchTo="/sign-in"
      returnTo={returnTo}
    >
      <TextField
        id={fieldIdFor('input.name')}
        label={t('account.yourName')}
        hint={t('account.otherMembersOfYour')}
        autoComplete="name"
        required
        maxLength={200}
        value={name}
        onChange={setName}
        errors={messagesAt(problems, 'input.name')}
      />
      <CredentialFields problems={problems} email={email} onEmail={setEmail} password={password} onPassword={setPassword} isNew />
    </AuthForm>
  );
}
