import { getSdgTarget } from '@msp-atlas/sdg-framework';
import { readableTextColor } from '../../format/readable-text-color';
import { groupTargetsByGoal } from '../../reference/group-targets-by-goal';
import { DetailSection } from './DetailSection';

/** Declared targets under their goal, each goal in its colour. */
export function SdgTargetsSection({ targetCodes }: { targetCodes: string[] }) {
  const groups = groupTargetsByGoal(targetCodes);
  return (
    <DetailSection id="sdg-targets" title="SDG targets" isEmpty={groups.length === 0} emptyText="No SDG targets declared.">
      <ul className="goal-groups">
        {groups.map(({ goal, targetCodes: codes }) => (
          <li key={goal.code} className="goal-group" style={{ borderColor: goal.color }}>
            <h3 className="goal-group-title" style={{ backgroundColor: goal.color, color: readableTextColor(goal.color) }}>
              SDG {goal.number}: {goal.shortTitle.en}
            </h3>
            <ul className="target-list">
              {codes.map((code) => (
                <li key={code}>
                  <span className="target-code">{code}</span> {getSdgTarget(code)?.title.en}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
