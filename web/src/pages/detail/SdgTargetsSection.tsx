import { useTranslation } from 'react-i18next';
import { readableTextColor } from '../../format/readable-text-color';
import { localizedTitle } from '../../i18n/sdg-locale';
import { groupTargetsByGoal } from '../../reference/group-targets-by-goal';
import { sdgTargetTitle } from '../../reference/sdg-target-title';
import { DetailSection } from './DetailSection';

/** Declared targets under their goal, each goal in its colour. */
export function SdgTargetsSection({ targetCodes }: { targetCodes: string[] }) {
  const { t } = useTranslation();
  const groups = groupTargetsByGoal(targetCodes);
  return (
    <DetailSection id="sdg-targets" title={t('detail.sdgTargets')} isEmpty={groups.length === 0} emptyText={t('detail.noSdgTargetsDeclared')}>
      <ul className="goal-groups">
        {groups.map(({ goal, targetCodes: codes }) => (
          <li key={goal.code} className="goal-group" style={{ borderColor: goal.color }}>
            <h3 className="goal-group-title" style={{ backgroundColor: goal.color, color: readableTextColor(goal.color) }}>
              {t('sdg.goalWithTitle', { number: goal.number, title: localizedTitle(goal.shortTitle) })}
            </h3>
            <ul className="target-list">
              {codes.map((code) => (
                <li key={code}>
                  <span className="target-code">{code}</span> {sdgTargetTitle(code)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
