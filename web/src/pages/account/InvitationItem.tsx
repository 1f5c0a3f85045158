import { useTranslation } from 'react-i18next';
import { ACCEPT_INVITATION_MUTATION } from '../../api/accept-invitation-mutation';
import { DECLINE_INVITATION_MUTATION } from '../../api/decline-invitation-mutation';
import { FormProblems } from '../../components/FormProblems';
import { formatDate } from '../../format/format-date';
import type { ResultOf } from '../../graphql/graphql';
import { useReportedMutation } from '../../hooks/use-reported-mutation';
import { Link } from '@tanstack/react-router';
import type { InvitationItemFragment } from './invitation-item-fragment';

/** An invitation waiting for the viewer, to accept or decline. */
export function InvitationItem({ invitation, onAnswered }: { invitation: ResultOf<typeof InvitationItemFragment>; onAnswered: () => void }) {
  const { t } = useTranslation();
  const accepting = useReportedMutation(ACCEPT_INVITATION_MUTATION);
  const declining = useReportedMutation(DECLINE_INVITATION_MUTATION);
  const busy = accepting.fetching || declining.fetching;
  const problems = [...accepting.problems, ...declining.problems];
  const answer = async (mutation: typeof accepting | typeof declining) => {
    if (await mutation.run({ input: { invitationId: invitation.id } })) onAnswered();
  };
  const { partnership } = invitation;
  return (
    <li className="card item-row">
      <div>
        <p>
          <Link to="/partnerships/$slug" params={{ slug: partnership.slug }}>
            {partnership.name}
          </Link>
        </p>
        <p className="muted">{t('account.invitedYouOn', { name: invitation.invitedBy.name, date: formatDate(invitation.createdAt) })}</p>
        <FormProblems title={t('account.theInvitationCouldNot')} problems={problems} fields={[]} />
      </div>
      <p className="form-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void answer(accepting)}>
          {t('account.accept')}
          <span className="visually-hidden"> {t('account.theInvitationTo', { name: partnership.name })}</span>
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void answer(declining)}>
          {t('account.decline')}
          <span className="visually-hidden"> {t('account.theInvitationTo', { name: partnership.name })}</span>
        </button>
      </p>
    </li>
  );
}
