import type { ResultOf } from '../../graphql/graphql';
import { formatDate } from '../../format/format-date';
import { DECISION_MAKING_LABELS } from '../../labels/decision-making-labels';
import { DetailSection } from './DetailSection';
import type { GovernanceSectionFragment } from './governance-section-fragment';

type Governance = ResultOf<typeof GovernanceSectionFragment>;

export function GovernanceSection({ governance }: { governance: Governance }) {
  const { secretariat, mouSignedOn, decisionMaking, communicationChannels } = governance;
  const staff = secretariat?.staffCount;
  return (
    <DetailSection id="governance" title="Governance">
      <dl className="definition-grid">
        <dt>Secretariat</dt>
        <dd>
          {secretariat?.host || staff != null
            ? [
                secretariat?.host ? `Hosted by ${secretariat.host.name}` : 'Host not recorded',
                staff != null ? `${staff} ${staff === 1 ? 'person' : 'people'}` : null,
              ]
                .filter(Boolean)
                .join(' · ')
            : 'None recorded'}
        </dd>
        <dt>Memorandum of understanding</dt>
        <dd>{mouSignedOn ? `Signed on ${formatDate(mouSignedOn)}` : 'Not recorded'}</dd>
        <dt>Decision making</dt>
        <dd>{decisionMaking ? DECISION_MAKING_LABELS[decisionMaking] : 'Not recorded'}</dd>
        <dt>Communication channels</dt>
        <dd>
          {communicationChannels.length > 0 ? (
            <ul className="plain-list">
              {communicationChannels.map((channel) => (
                <li key={channel}>{channel}</li>
              ))}
            </ul>
          ) : (
            'None recorded'
          )}
        </dd>
      </dl>
    </DetailSection>
  );
}
