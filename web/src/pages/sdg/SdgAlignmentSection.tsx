import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DISMISS_SDG_SUGGESTION_MUTATION } from '../../api/dismiss-sdg-suggestion-mutation';
import { graphqlProblems } from '../../api/graphql-problems';
import { SDG_ALIGNMENT_QUERY } from '../../api/sdg-alignment-query';
import { UPDATE_PARTNERSHIP_MUTATION } from '../../api/update-partnership-mutation';
import { FormProblems } from '../../components/FormProblems';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { readableTextColor } from '../../format/readable-text-color';
import { DetailSection } from '../detail/DetailSection';
import { EvidenceList } from './EvidenceList';
import { useSdgLanguage } from './sdg-language';
import './sdg.css';

const REFRESH_MS = 700;

/**
 * Declared targets against those the record's own text evidences, with the verdict.
 * Members (those who may edit) declare a suggestion through the registry's own update,
 * with the version they saw; a dismissal hides a suggestion from the viewer only.
 */
export function SdgAlignmentSection({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const lang = useSdgLanguage();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SDG_ALIGNMENT_QUERY,
    variables: { id: partnershipId, lang },
    requestPolicy: 'cache-and-network',
  });
  const [, update] = useMutation(UPDATE_PARTNERSHIP_MUTATION);
  const [, dismiss] = useMutation(DISMISS_SDG_SUGGESTION_MUTATION);
  const [problems, setProblems] = useState<ReturnType<typeof graphqlProblems>>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const partnership = data?.partnership;
  const alignment = partnership?.sdgAlignment;
  const record = partnership ?? { name: '', summary: '', description: '', objectives: [] };
  // The alignment follows the registry through its events: until it has read the
  // record's current version, look again shortly.
  const behind = partnership && (!alignment || alignment.partnershipVersion < partnership.version);
  // biome-ignore lint/correctness/useExhaustiveDependencies: data is the trigger: each new answer that is still behind schedules the next look
  useEffect(() => {
    if (!behind) return;
    const timer = window.setTimeout(() => reexecute({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => window.clearTimeout(timer);
  }, [behind, data, reexecute]);

  const declare = async (code: string) => {
    if (!partnership) return;
    setNotice(null);
    const result = await update({ input: { id: partnership.id, expectedVersion: partnership.version, sdgTargets: [...partnership.sdgTargets, code] } });
    const found = graphqlProblems(result.error);
    setProblems(found);
    if (found.length === 0) {
      setNotice(t('sdgPages.alignment.declared', { code }));
      reexecute({ requestPolicy: 'network-only' });
    }
  };
  const dismissSuggestion = async (code: string) => {
    setNotice(null);
    const result = await dismiss({ input: { partnershipId, target: code } });
    const found = graphqlProblems(result.error);
    setProblems(found);
    if (found.length === 0) {
      setNotice(t('sdgPages.alignment.dismissed', { code }));
      reexecute({ requestPolicy: 'network-only' });
    }
  };

  return (
    <DetailSection id="sdg-alignment" title={t('sdgPages.alignment.title')}>
      <div data-testid="sdg-alignment">
        {fetching && !data && <LoadingIndicator label={t('sdgPages.loading')} />}
        <FormProblems title={t('sdgPages.alignment.problem')} problems={[...graphqlProblems(error), ...problems]} fields={[]} />
        <p role="status" className="sdg-notice">
          {notice}
        </p>
        {partnership && !alignment && <p className="empty-state">{t('sdgPages.alignment.pending')}</p>}
        {partnership && alignment && (
          <>
            <p className="sdg-verdict" data-testid="sdg-verdict" data-code={alignment.verdict.code}>
              {t(`sdgPages.alignment.verdict.${alignment.verdict.code}`, { targets: alignment.verdict.targets.map((target) => target.code).join(', ') })}
            </p>
            {alignment.goals.length > 0 && (
              <ul className="tag-row sdg-goal-chips" aria-label={t('sdgPages.alignment.goals')}>
                {alignment.goals.map((goal) => (
                  <li key={goal.code} className="sdg-badge" style={{ backgroundColor: goal.color, color: readableTextColor(goal.color) }}>
                    {t('sdg.goalWithTitle', { number: goal.number, title: goal.shortTitle })}
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('sdgPages.alignment.declaredHeading')}</h3>
            {alignment.targets.filter((target) => target.agreement !== 'EVIDENCED_NOT_DECLARED').length === 0 ? (
              <p className="empty-state">{t('sdgPages.alignment.noneDeclared')}</p>
            ) : (
              <ul className="sdg-alignment-list" data-testid="sdg-declared">
                {alignment.targets
                  .filter((target) => target.agreement !== 'EVIDENCED_NOT_DECLARED')
                  .map((target) => (
                    <li key={target.target.code} data-target={target.target.code} style={{ borderColor: target.goal.color }}>
                      <span className="target-code">{target.target.code}</span> {target.target.title}{' '}
                      <span className={`sdg-agreement sdg-agreement-${target.agreement.toLowerCase()}`}>
                        {t(`sdgPages.alignment.agreement.${target.agreement}`)}
                      </span>
                      <EvidenceList record={record} evidence={target.evidence} />
                    </li>
                  ))}
              </ul>
            )}
            <h3>{t('sdgPages.alignment.suggestedHeading')}</h3>
            {alignment.suggestions.filter((s) => s.target).length === 0 ? (
              <p className="empty-state">{t('sdgPages.alignment.noSuggestions')}</p>
            ) : (
              <ul className="sdg-alignment-list" data-testid="sdg-suggested">
                {alignment.suggestions.flatMap(({ target, goal, evidence }) =>
                  target
                    ? [
                        <li key={target.code} data-target={target.code} style={{ borderColor: goal.color }}>
                          <span className="target-code">{target.code}</span> {target.title}
                          <EvidenceList record={record} evidence={evidence} />
                          {partnership.viewerCanEdit && (
                            <span className="sdg-suggestion-actions">
                              <button type="button" className="button button-secondary" onClick={() => void declare(target.code)}>
                                {t('sdgPages.alignment.declare', { code: target.code })}
                              </button>{' '}
                              <button type="button" className="button button-secondary" onClick={() => void dismissSuggestion(target.code)}>
                                {t('sdgPages.alignment.dismiss', { code: target.code })}
                              </button>
                            </span>
                          )}
                        </li>,
                      ]
                    : [],
                )}
              </ul>
            )}
          </>
        )}
      </div>
    </DetailSection>
  );
}
