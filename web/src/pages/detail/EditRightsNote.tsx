import { useTranslation } from 'react-i18next';
import { SignInPrompt } from '../../components/SignInPrompt';
import { useSession } from '../../session/session-context';

/** In place of the edit controls: who may change this record, and how to sign in for it. */
export function EditRightsNote() {
  const { t } = useTranslation();
  const { account } = useSession();
  if (!account) return <SignInPrompt what={t('detail.changeThisPartnershipIf')} />;
  return (
    <p className="notice notice-info" role="note" data-testid="edit-rights-note">
      {t('detail.whoMayChange')}
    </p>
  );
}
