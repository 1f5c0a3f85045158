import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { formatDate } from '../../format/format-date';
import { DECISION_MAKING_LABELS } from '../../labels/decision-making-labels';
import { DetailSection } from './DetailSection';
import type { GovernanceSectionFragment } from './governance-section-fragment';

type Governance = ResultOf<typeof GovernanceSectionFragment>;

export function GovernanceSection({ governance }: { governance: Governance }) {
  const { t } = useTranslation();
  const { secretariat, mouSignedOn, decisionMaking, communicationChannels } = governance;
  const staff = secretariat?.staffCount;
  return (
    <DetailSection id="governance" title={t('detail.governance')}>
      <dl className="definition-grid">
        <dt>{t('detail.secretariat')}</dt>
        <dd>
          {secretariat?.host || staff != null
            ? [
                secretariat?.host ? t('detail.hostedBy', { name: secretariat.host.name }) : t('detail.hostNotRecorded'),
                staff != null ? t('detail.staffCount', { count: staff }) : null,
              ]
                .filter(Boolean)
                .join(' · ')
            : t('detail.noneRecorded')}
        </dd>
        <dt>{t('detail.memorandumOfUnderstanding')}</dt>
        <dd>{mouSignedOn ? t('detail.signedOn', { date: formatDate(mouSignedOn) }) : t('detail.notRecorded')}</dd>
        <dt>{t('detail.decisionMaking')}</dt>
        <dd>{decisionMaking ? DECISION_MAKING_LABELS[decisionMaking] : t('detail.notRecorded')}</dd>
        <dt>{t('detail.communicationChannels')}</dt>
        <dd>
          {communicationChannels.length > 0 ? (
            <ul className="plain-list">
              {communicationChannels.map((channel) => (
                <li key={channel}>{channel}</li>
              ))}
            </ul>
          ) : (
            t('detail.noneRecorded')
          )}
        </dd>
      </dl>
    </DetailSection>
  );
}
