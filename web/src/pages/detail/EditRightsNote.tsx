import { SignInPrompt } from '../../components/SignInPrompt';
import { useSession } from '../../session/session-context';

/** In place of the edit controls: who may change this record, and how to sign in for it. */
export function EditRightsNote() {
  const { account } = useSession();
  if (!account) return <SignInPrompt what="change this partnership if you are one of its members" />;
  return (
    <p className="notice notice-info" role="note" data-testid="edit-rights-note">
      Only members of this partnership, and curators of its countries, can change it. A member can invite you.
    </p>
  );
}
