import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/format-date';
import { numberFormat } from '../../format/intl-formats';
import { SUCCESS_FACTOR_AREA_LABELS } from '../../labels/success-factor-area-labels';
import type { AreaTrend } from './trend-series';

// A colour and a marker shape per area, so the lines are told apart without colour too.
const LINE_STYLES = [
  { color: '#1f5f99', marker: 'circle' },
  { color: '#b3261e', marker: 'square' },
  { color: '#1e6b33', marker: 'triangle' },
  { color: '#7a4d00', marker: 'diamond' },
  { color: '#5b3a8e', marker: 'circle' },
  { color: '#00696f', marker: 'square' },
  { color: '#4f5b6a', marker: 'triangle' },
] as const;

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 36, right: 16, top: 12, bottom: 36 };

/**
 * The mean self-score per area over the assessments' dates as lines on a 1..5 scale.
 * The drawing is hidden from screen readers; the table below it holds the same figures.
 */
export function SelfAssessmentTrendChart({ trend }: { trend: AreaTrend }) {
  const { t } = useTranslation();
  const number = numberFormat({ maximumFractionDigits: 1 });
  const x = (index: number) =>
    trend.dates.length === 1 ? (PAD.left + WIDTH - PAD.right) / 2 : PAD.left + (index * (WIDTH - PAD.left - PAD.right)) / (trend.dates.length - 1);
  const y = (score: number) => PAD.top + ((5 - score) * (HEIGHT - PAD.top - PAD.bottom)) / 4;
  return (
    <figure className="health-trend" aria-labelledby="health-trend-caption" data-testid="health-trend">
      <figcaption id="health-trend-caption">{t('health.trend.caption', { count: trend.dates.length })}</figcaption>
      <ul className="health-trend-legend">
        {trend.series.map((line, index) => (
          <li key={line.area} data-area={line.area}>
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true" focusable="false">
              {/* biome-ignore lint/style/noNonNullAssertion: an index modulo the length is within LINE_STYLES */}
              <Marker shape={LINE_STYLES[index % LINE_STYLES.length]!.marker} color={LINE_STYLES[index % LINE_STYLES.length]!.color} />
            </svg>{' '}
            {SUCCESS_FACTOR_AREA_LABELS[line.area]}
          </li>
        ))}
      </ul>
      <svg className="health-trend-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false" data-points={trend.dates.length}>
        {[1, 2, 3, 4, 5].map((score) => (
          <g key={score}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(score)} y2={y(score)} className="health-trend-grid" />
            <text x={PAD.left - 8} y={y(score) + 4} textAnchor="end" className="health-trend-axis">
              {score}
            </text>
          </g>
        ))}
        {trend.dates.map((date, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two assessments may fall on one date; the axis is drawn anew, never reordered
          <text key={`${date}-${index}`} x={x(index)} y={HEIGHT - 12} textAnchor="middle" className="health-trend-axis">
            {formatDate(date)}
          </text>
        ))}
        {trend.series.map((line, index) => {
          // biome-ignore lint/style/noNonNullAssertion: an index modulo the length is within LINE_STYLES
          const style = LINE_STYLES[index % LINE_STYLES.length]!;
          const points = line.values.flatMap((value, at) => (value === null ? [] : [[x(at), y(value)] as const]));
          return (
            <g key={line.area} data-area={line.area}>
              <polyline points={points.map(([px, py]) => `${px},${py}`).join(' ')} fill="none" stroke={style.color} strokeWidth="2" />
              {points.map(([px, py]) => (
                <g key={`${px},${py}`} transform={`translate(${px},${py})`}>
                  <Marker shape={style.marker} color={style.color} />
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      <details className="chart-table">
        <summary>{t('health.trend.showTable')}</summary>
        <table className="health-trend-table">
          <thead>
            <tr>
              <th scope="col">{t('health.trend.area')}</th>
              {trend.dates.map((date, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two assessments may fall on one date; the row is drawn anew, never reordered
                <th scope="col" key={`${date}-${index}`}>
                  {formatDate(date)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.series.map((line) => (
              <tr key={line.area}>
                <th scope="row">{SUCCESS_FACTOR_AREA_LABELS[line.area]}</th>
                {line.values.map((value, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cell per assessment date, in the order of the header row
                  <td key={index}>{value === null ? '—' : number.format(value)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function Marker({ shape, color }: { shape: (typeof LINE_STYLES)[number]['marker']; color: string }) {
  switch (shape) {
    case 'square':
      return <rect x="-4" y="-4" width="8" height="8" fill={color} />;
    case 'triangle':
      return <polygon points="0,-5 5,4 -5,4" fill={color} />;
    case 'diamond':
      return <polygon points="0,-5 5,0 0,5 -5,0" fill={color} />;
    default:
      return <circle r="4" fill={color} />;
  }
}
