import { useTranslation } from 'react-i18next';
import { DetailSection } from '../detail/DetailSection';
import type { Landscape, LandscapeInitiative } from './landscape-types';

const SIZE = 560;
const MAX_NODES = 80;

interface OverlapNetworkProps {
  links: Landscape['links'];
  initiativesById: ReadonlyMap<string, LandscapeInitiative>;
  clusterNumber: (id: string | null) => string;
}

/**
 * The network of overlapping initiatives: one dot per initiative on a circle, ordered by
 * cluster so clusters sit together, a line per overlap (thicker the more they share,
 * dashed for likely duplicates). A picture beside the clusters list, which says the same in words.
 */
export function OverlapNetwork({ links, initiativesById, clusterNumber }: OverlapNetworkProps) {
  const { t } = useTranslation();
  const ids = [...new Set(links.flatMap((link) => [link.source, link.target]))]
    .sort(
      (a, b) =>
        clusterNumber(initiativesById.get(a)?.clusterId ?? null).localeCompare(clusterNumber(initiativesById.get(b)?.clusterId ?? null)) || (a < b ? -1 : 1),
    )
    .slice(0, MAX_NODES);
  const position = new Map(
    ids.map((id, index) => {
      const angle = (2 * Math.PI * index) / Math.max(1, ids.length);
      return [id, { x: SIZE / 2 + (SIZE / 2 - 40) * Math.cos(angle), y: SIZE / 2 + (SIZE / 2 - 40) * Math.sin(angle) }];
    }),
  );
  const shown = links.flatMap((link) => {
    const from = position.get(link.source);
    const to = position.get(link.target);
    return from && to ? [{ link, from, to }] : [];
  });
  return (
    <DetailSection id="landscape-network" title={t('context.landscape.network')} isEmpty={shown.length === 0} emptyText={t('context.landscape.noLinks')}>
      <figure className="overlap-network">
        {/* biome-ignore lint/a11y/noSvgWithoutTitle: the figure's caption names the picture through aria-labelledby */}
        <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby="landscape-network-caption" data-testid="landscape-network">
          {shown.map(({ link, from, to }) => {
            return (
              <line
                key={`${link.source}-${link.target}`}
                x1={from.x}
                y1={from.y}
                x2={to.x}
                y2={to.y}
                stroke="#19486A"
                strokeOpacity={0.35 + 0.6 * link.score}
                strokeWidth={1 + 4 * link.score}
                strokeDasharray={link.kind === 'DUPLICATE' ? '6 4' : undefined}
              />
            );
          })}
          {ids.map((id) => {
            // biome-ignore lint/style/noNonNullAssertion: position has an entry for every id
            const point = position.get(id)!;
            const initiative = initiativesById.get(id);
            return (
              <g key={id}>
                <circle cx={point.x} cy={point.y} r={7} fill={initiative?.clusterId ? '#FD6925' : '#26BDE2'} stroke="#1a1a1a">
                  <title>{initiative?.name ?? id}</title>
                </circle>
              </g>
            );
          })}
        </svg>
        <figcaption id="landscape-network-caption">{t('context.landscape.networkCaption', { nodes: ids.length, links: shown.length })}</figcaption>
      </figure>
    </DetailSection>
  );
}
