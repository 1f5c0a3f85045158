import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatShare } from '../../format/format-share';
import { countryName } from '../../reference/country-options';
import { sdgTargetTitle } from '../../reference/sdg-target-title';
import { DetailSection } from '../detail/DetailSection';
import type { Landscape } from './landscape-types';

/** Per target and country: how many initiatives, how linked, how small, how fragmented; most fragmented first. */
export function FragmentationTable({ figures }: { figures: Landscape['fragmentation'] }) {
  const { t } = useTranslation();
  return (
    <DetailSection
      id="landscape-fragmentation"
      title={t('context.landscape.fragmentation')}
      isEmpty={figures.length === 0}
      emptyText={t('context.landscape.noFragmentation')}
    >
      <p className="section-note">{t('context.landscape.fragmentationNote')}</p>
      <ScrollRegion label={t('context.landscape.fragmentationTable')}>
        <table className="data-table" data-testid="landscape-fragmentation">
          <thead>
            <tr>
              <th scope="col">{t('context.landscape.target')}</th>
              <th scope="col">{t('context.landscape.country')}</th>
              <th scope="col">{t('context.landscape.initiatives')}</th>
              <th scope="col">{t('context.landscape.linkedShare')}</th>
              <th scope="col">{t('context.landscape.smallShare')}</th>
              <th scope="col">{t('context.landscape.fragmentationFigure')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.slice(0, 50).map((figure) => (
              <tr key={`${figure.target}-${figure.country}`}>
                <th scope="row" title={sdgTargetTitle(figure.target)}>
                  {figure.target}
                </th>
                <td>{countryName(figure.country)}</td>
                <td>{figure.initiativeCount}</td>
                <td>{formatShare(figure.linkedShare)}</td>
                <td>{formatShare(figure.smallShare)}</td>
                <td>{figure.fragmentation.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </DetailSection>
  );
}
