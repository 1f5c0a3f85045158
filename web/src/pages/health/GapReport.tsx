import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import type { HealthGapFragment } from './health-gap-fragment';
import { gapText } from './health-texts';

type Gap = ResultOf<typeof HealthGapFragment>;

/** The factors where the members' own view and the data disagree, each in one sentence. */
export function GapReport({ gaps, headingLevel = 3 }: { gaps: readonly Gap[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="health-gaps" data-testid="health-gaps">
      <Heading>{t('health.gaps.heading')}</Heading>
      {gaps.length === 0 ? (
        <p className="muted">{t('health.gaps.none')}</p>
      ) : (
        <ul>
          {gaps.map((gap) => (
            <li key={gap.factor} data-factor={gap.factor} data-kind={gap.kind}>
              {gapText(gap)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
