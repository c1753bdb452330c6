import type { PlotAxis } from '@/lib/territory/axis';
import { yScale } from '@/lib/territory/scale';
import { chartHeight, chartMargin, timeAxisHeight } from './chart-frame';

export type ValueAxisProps = {
  axis: PlotAxis;
  /** The axis's title, above its top end. */
  title: string;
  /** Room for the labels, left of the plot. */
  labelWidth: number;
  /** Shifts the title right of the labels' centre, clear of the first marker or tick. */
  titleShift: number;
  /** The chart's drawn width. */
  width: number;
  /** A copy of the labels held over the left edge of a chart that scrolls sideways: not saved with the chart. */
  pinned?: boolean;
};

const tickSize = 6;

/**
 * The value axis and its grid, drawn beside the chart library's drawing and under it. Both charts plot km² on an
 * axis whose span is the same in every unit (`PlotAxis`), so a unit switch changes only what this draws: recharts
 * keeps its props and does not compute and draw the whole chart again.
 */
export function ValueAxis({ axis, title, labelWidth, titleShift, width, pinned = false }: ValueAxisProps) {
  const left = chartMargin.left + labelWidth;
  const top = chartMargin.top;
  const bottom = chartHeight - chartMargin.bottom - timeAxisHeight;
  const y = yScale(axis.domain, bottom - top);
  const right = Math.max(left, width - chartMargin.right);
  return (
    <svg
      aria-hidden="true"
      className={`${pinned ? 'value-axis-pinned' : 'value-axis'} pointer-events-none absolute inset-x-0 top-0`}
      width="100%"
      height={chartHeight}
      fill="currentColor"
      fontSize={12}
    >
      <text x={chartMargin.left + labelWidth / 2 + titleShift} y={top - 14} textAnchor="middle">
        {title}
      </text>
      {axis.ticks.map((tick, i) => {
        const at = top + y(tick);
        return (
          <g key={tick}>
            <line
              x1={left}
              x2={right}
              y1={at}
              y2={at}
              stroke="currentColor"
              strokeOpacity={0.2}
              strokeDasharray="3 3"
            />
            <line x1={left - tickSize} x2={left} y1={at} y2={at} stroke="#666" />
            <text className="value-tick" x={left - tickSize - 2} y={at} dy="0.355em" textAnchor="end">
              {axis.labels[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
