import { linePath, niceTicks, scale, type Point } from '../../train/chartGeometry';

export interface ChartSeries {
  readonly name: string;
  /** A class of train.css giving the line its colour and dash. */
  readonly className: string;
  readonly points: readonly Point[];
}

interface TrainChartProps {
  readonly title: string;
  readonly xLabel: string;
  readonly series: readonly ChartSeries[];
  /** The y range; the x range is 0 .. the last step (at least 1). */
  readonly y: readonly [number, number];
  readonly yFormat: (v: number) => string;
  readonly empty: string;
}

const W = 320;
const H = 170;
const M = { left: 44, right: 10, top: 10, bottom: 34 };

/** A line chart in SVG with real axes (ticks, labels) and a legend, sized for a projector. */
export function TrainChart({ title, xLabel, series, y, yFormat, empty }: TrainChartProps) {
  const lastX = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.x)));
  const xs = scale([0, lastX], [M.left, W - M.right]);
  const ys = scale(y, [H - M.bottom, M.top]);
  const xTicks = niceTicks(0, lastX, 4).filter((v) => Number.isInteger(v));
  const yTicks = niceTicks(y[0], y[1], 4);
  const hasData = series.some((s) => s.points.length > 0);
  return (
    <figure className="train-chart">
      <figcaption>
        <span className="train-chart-title">{title}</span>
        <span className="train-legend">
          {series.map((s) => (
            <span key={s.name} className={`train-key ${s.className}`}>
              <svg width="22" height="10" aria-hidden="true">
                <line x1="1" y1="5" x2="21" y2="5" />
              </svg>
              {s.name}
            </span>
          ))}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        <g className="train-axis">
          {yTicks.map((v) => (
            <g key={`y${v}`}>
              <line className="train-grid" x1={M.left} x2={W - M.right} y1={ys(v)} y2={ys(v)} />
              <text x={M.left - 5} y={ys(v)} textAnchor="end" dominantBaseline="middle">
                {yFormat(v)}
              </text>
            </g>
          ))}
          {xTicks.map((v) => (
            <text key={`x${v}`} x={xs(v)} y={H - M.bottom + 14} textAnchor="middle">
              {v}
            </text>
          ))}
          <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
          <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
          <text x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle">
            {xLabel}
          </text>
        </g>
        {series.map((s) => (
          <path
            key={s.name}
            className={`train-line ${s.className}`}
            d={linePath(s.points, xs, ys)}
          />
        ))}
        {!hasData && (
          <text className="train-empty" x={W / 2} y={H / 2} textAnchor="middle">
            {empty}
          </text>
        )}
      </svg>
    </figure>
  );
}
