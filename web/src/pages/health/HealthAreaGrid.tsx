import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../graphql/graphql';
import { SUCCESS_FACTOR_AREA_LABELS } from '../../labels/success-factor-area-labels';
import type { HealthSectionFragment } from './health-section-fragment';
import { FactorHealthItem } from './FactorHealthItem';
import { HealthStatusTag } from './HealthStatusTag';

type Health = ResultOf<typeof HealthSectionFragment>;

/** The seven areas side by side, each with its factors; the area's worst status beside its name. */
export function HealthAreaGrid({ health }: { health: Health }) {
  const { t } = useTranslation();
  const factorsByCode = new Map(health.factors.map((factor) => [factor.factor, factor]));
  return (
    <ul className="health-areas" aria-label={t('health.section.areas')} data-testid="health-areas">
      {health.areas.map((area) => (
        <li key={area.area} className="health-area" data-area={area.area}>
          <h3 className="health-area-heading">
            {SUCCESS_FACTOR_AREA_LABELS[area.area]} <HealthStatusTag status={area.worstStatus} />
          </h3>
          {area.factors.map((code) => {
            const factor = factorsByCode.get(code);
            return factor ? <FactorHealthItem key={code} factor={factor} /> : null;
          })}
        </li>
      ))}
    </ul>
  );
}
