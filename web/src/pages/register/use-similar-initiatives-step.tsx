import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useClient } from 'urql';
import { Link } from '@tanstack/react-router';
import { CHECK_OVERLAPS_QUERY } from '../../api/check-overlaps-query';
import { OverlapList, overlapItems, type OverlapItem } from '../context/OverlapList';
import type { RegistrationForm } from './registration-form';
import { toPartnershipDraft } from './to-partnership-draft';

/** Kinds worth stopping a registration for; complementary ones are not a warning. */
const WARN_KINDS = new Set(['DUPLICATE', 'OVERLAP']);

export interface SimilarInitiativesStep {
  /** Before registering: true when similar initiatives were found and the step now shows them. */
  holdsBack(form: RegistrationForm): Promise<boolean>;
  /** The warning step, or nothing. */
  step: ReactNode;
}

/**
 * The registration's warning step: before the form is sent, the context service is asked
 * for registered initiatives like it (checkOverlaps stores nothing). If any look like a
 * duplicate or an overlap, the step lists them: open them, ask to join, or go on.
 * A check that fails never stands in the way of registering.
 */
export function useSimilarInitiativesStep(goOn: () => void): SimilarInitiativesStep {
  const { t } = useTranslation();
  const client = useClient();
  const [found, setFound] = useState<OverlapItem[] | null>(null);
  const acknowledged = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const holdsBack = async (form: RegistrationForm) => {
    if (acknowledged.current) return false;
    const result = await client.query(CHECK_OVERLAPS_QUERY, { draft: toPartnershipDraft(form), first: 5 }, { requestPolicy: 'network-only' }).toPromise();
    const similar = overlapItems(result.data?.checkOverlaps).filter((overlap) => WARN_KINDS.has(overlap.kind));
    if (similar.length === 0) return false;
    setFound(similar);
    return true;
  };

  // Once shown, the step's heading takes the focus, so it is read out first.
  useEffect(() => {
    if (found) heading.current?.focus();
  }, [found]);

  const step = found && (
    <section
      className="similar-initiatives-step notice notice-warning"
      aria-labelledby="similar-initiatives-step-heading"
      data-testid="similar-initiatives-step"
    >
      <h2 id="similar-initiatives-step-heading" ref={heading} tabIndex={-1}>
        {t('context.warning.title')}
      </h2>
      <p>{t('context.warning.lead')}</p>
      <OverlapList
        overlaps={found}
        newTab
        actions={(overlap) => (
          <Link
            to="/partnerships/$slug"
            params={{ slug: overlap.partnership.slug }}
            hash="stakeholders-heading"
            target="_blank"
            rel="noopener"
            className="button button-secondary"
          >
            {t('context.warning.askToJoin')}
          </Link>
        )}
      />
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            acknowledged.current = true;
            goOn();
          }}
        >
          {t('context.warning.goOn')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setFound(null)}>
          {t('context.warning.backToForm')}
        </button>
      </div>
    </section>
  );
  return { holdsBack, step };
}
