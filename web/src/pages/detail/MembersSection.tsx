import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { INVITE_MEMBER_MUTATION } from '../../api/invite-member-mutation';
import type { ResultOf } from '../../graphql/graphql';
import { REMOVE_MEMBER_MUTATION } from '../../api/remove-member-mutation';
import { REVOKE_INVITATION_MUTATION } from '../../api/revoke-invitation-mutation';
import { messagesAt } from '../../components/field-ids';
import { FormProblems } from '../../components/FormProblems';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format/format-date';
import { useReportedMutation } from '../../hooks/use-reported-mutation';
import { useSession } from '../../session/session-context';
import { DetailSection } from './DetailSection';
import type { MembersSectionFragment } from './members-section-fragment';

type MembersSectionData = ResultOf<typeof MembersSectionFragment>;
type PartnershipMember = NonNullable<MembersSectionData['members']>[number];
type PendingInvitation = NonNullable<MembersSectionData['pendingInvitations']>[number];

interface MembersSectionProps {
  partnership: MembersSectionData;
  members: PartnershipMember[];
}

/**
 * The accounts that keep the record: shown to members and curators. Members also
 * invite people by e-mail, revoke invitations not yet answered, and remove members.
 */
export function MembersSection({ partnership, members }: MembersSectionProps) {
  const { t } = useTranslation();
  const canManage = partnership.viewerIsMember;
  const invitations = partnership.pendingInvitations ?? [];
  return (
    <DetailSection id="members" title={t('detail.membersCount', { count: members.length })}>
      <p className="section-note">{t('detail.membersKeepThisRecord')}</p>
      <ul className="item-list" data-testid="members">
        {members.map((member) => (
          <MemberRow key={member.account.id} partnershipId={partnership.id} member={member} canRemove={canManage && members.length > 1} />
        ))}
      </ul>
      {canManage && invitations.length > 0 && (
        <>
          <h3>{t('detail.invitationsNotYetAnswered')}</h3>
          <ul className="item-list" data-testid="pending-invitations">
            {invitations.map((invitation) => (
              <InvitationRow key={invitation.id} invitation={invitation} />
            ))}
          </ul>
        </>
      )}
      {canManage && <InviteMemberForm partnershipId={partnership.id} />}
    </DetailSection>
  );
}

function MemberRow({ partnershipId, member, canRemove }: { partnershipId: string; member: PartnershipMember; canRemove: boolean }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const { problems, fetching, run: remove } = useReportedMutation(REMOVE_MEMBER_MUTATION);
  const isViewer = account?.id === member.account.id;
  const onRemove = () => remove({ input: { partnershipId, accountId: member.account.id } });
  return (
    <li className="card item-row">
      <div>
        <p>
          <strong>{member.account.name}</strong>
          {isViewer && <span className="muted"> {t('detail.you')}</span>}
        </p>
        <p className="muted">
          {member.invitedBy
            ? t('detail.invitedByJoined', { name: member.invitedBy.name, date: formatDate(member.joinedAt) })
            : t('detail.registeredJoined', { date: formatDate(member.joinedAt) })}
        </p>
        <FormProblems title={t('detail.theMemberCouldNot')} problems={problems} fields={[]} />
      </div>
      {canRemove && (
        <button type="button" className="button button-secondary" disabled={fetching} onClick={() => void onRemove()}>
          {isViewer ? (
            t('detail.leave')
          ) : (
            <>
              {t('detail.remove')}
              <span className="visually-hidden"> {member.account.name}</span>
            </>
          )}
        </button>
      )}
    </li>
  );
}

function InvitationRow({ invitation }: { invitation: PendingInvitation }) {
  const { t } = useTranslation();
  const { problems, fetching, run: revoke } = useReportedMutation(REVOKE_INVITATION_MUTATION);
  const onRevoke = () => revoke({ input: { invitationId: invitation.id } });
  return (
    <li className="card item-row">
      <div>
        <p>
          <strong>{invitation.email}</strong>
        </p>
        <p className="muted">{t('detail.invitedByOn', { name: invitation.invitedBy.name, date: formatDate(invitation.createdAt) })}</p>
        <FormProblems title={t('detail.revokeFailed')} problems={problems} fields={[]} />
      </div>
      <button type="button" className="button button-secondary" disabled={fetching} onClick={() => void onRevoke()}>
        {t('detail.revoke')}
        <span className="visually-hidden"> {t('detail.theInvitationOf', { email: invitation.email })}</span>
      </button>
    </li>
  );
}

const INVITE_FIELDS = ['input.email'];

function InviteMemberForm({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [invited, setInvited] = useState<string | null>(null);
  const { problems, fetching, run: invite } = useReportedMutation(INVITE_MEMBER_MUTATION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setInvited(null);
    if (await invite({ input: { partnershipId, email: email.trim() } })) {
      setInvited(email.trim());
      setEmail('');
    }
  };

  return (
    <form className="invite-form" onSubmit={submit} noValidate aria-labelledby="invite-heading">
      <h3 id="invite-heading">{t('detail.inviteAMember')}</h3>
      <FormProblems title={t('detail.inviteFailed')} problems={problems} fields={INVITE_FIELDS} />
      <div className="inline-form">
        <TextField
          id="invite-member-email"
          label={t('detail.eMailAddress')}
          hint={t('detail.whoeverSignsInWith')}
          type="email"
          value={email}
          onChange={setEmail}
          errors={messagesAt(problems, 'input.email')}
        />
        <button type="submit" className="button button-primary" disabled={fetching}>
          {fetching ? t('detail.inviting') : t('detail.invite')}
        </button>
      </div>
      <p className={invited ? 'notice notice-success' : 'visually-hidden'} role="status">
        {invited ? t('detail.invitationSent', { email: invited }) : ''}
      </p>
    </form>
  );
}
