import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { ResultOf } from '../../graphql/graphql';
import type { OverlapFieldsFragment } from '../../api/overlap-fields';
import { overlapReasonText } from './overlap-reason-text';

export type OverlapItem = ResultOf<typeof OverlapFieldsFragment>;

/** A query's overlaps (fragments are not masked in this app: see graphql.ts). */
export function overlapItems(items: readonly OverlapItem[] | null | undefined): OverlapItem[] {
  return [...(items ?? [])];
}

interface OverlapListProps {
  overlaps: readonly OverlapItem[];
  /** Extra links or buttons per overlap (the registration form's "ask to join"). */
  actions?: (overlap: OverlapItem) => ReactNode;
  /** Open the initiatives in a new tab (the registration form keeps its values). */
  newTab?: boolean;
}

/** Similar initiatives, each with its kind, how much they share, and why. */
export function OverlapList({ overlaps, actions, newTab = false }: OverlapListProps) {
  const { t } = useTranslation();
  return (
    <ul className="overlap-list" data-testid="overlap-list">
      {overlaps.map((overlap) => (
        <li key={overlap.partnership.id} className={`overlap overlap-${overlap.kind.toLowerCase()}`}>
          <p className="overlap-title">
            <Link to="/partnerships/$slug" params={{ slug: overlap.partnership.slug }} {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}>
              {overlap.partnership.name}
            </Link>{' '}
            <span className={`tag tag-overlap tag-overlap-${overlap.kind.toLowerCase()}`}>{t(`context.kind.${overlap.kind}`)}</span>
            {overlap.past && <span className="tag tag-status tag-status-inactive">{t('context.pastInitiative')}</span>}{' '}
            <span className="overlap-score">{t('context.score', { percent: Math.round(overlap.score * 100) })}</span>
          </p>
          <ul className="overlap-reasons">
            {overlap.reasons.map((reason, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a reason kind may repeat; the list is drawn anew from each result, never reordered
              <li key={`${reason.kind}-${index}`}>{overlapReasonText(t, reason)}</li>
            ))}
          </ul>
          {actions && <p className="overlap-actions">{actions(overlap)}</p>}
        </li>
      ))}
    </ul>
  );
}
