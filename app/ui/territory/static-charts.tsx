import { formatShortDate } from '@/lib/format/date';
import type { DailyModel } from '@/lib/territory/daily-range';
import type { MonthlyModel } from '@/lib/territory/monthly-rows';
import { dayScale, yScale } from '@/lib/territory/scale';
import { computedNumber } from '@/lib/territory/units';
import { chartHeight } from './chart-frame';
import { seriesColor } from './series-colors';

// Drawings in plain SVG, rendered on the server: the chart a reader sees without JavaScript, and the placeholder
// that holds the chart's place until the interactive chart has drawn. They stretch to the width; the words around
// them are HTML, so they stay readable at any width.

const width = 1000;
const plotHeight = chartHeight - 56;

/** A coordinate to a tenth of a unit of the 1000-wide drawing: finer than any screen shows it. */
const at = (value: number) => Math.round(value * 10) / 10;

export function StaticMonthlyChart({ monthly }: { monthly: MonthlyModel }) {
  const [min, max] = monthly.extent;
  const y = yScale(monthly.extent, plotHeight);
  const band = width / Math.max(monthly.rows.length, 1);
  const bar = (band * 0.8) / Math.max(monthly.columns.length, 1);
  const first = monthly.rows[0];
  const last = monthly.rows.at(-1);
  return (
    <StaticFrame
      top={`${computedNumber(max, monthly.unit, false)} ${monthly.unitLabel}`}
      bottom={
        min < 0
          ? `${computedNumber(min, monthly.unit, false)} ${monthly.unitLabel}`
          : `0 ${monthly.unitLabel}`
      }
      start={first?.short ?? ''}
      end={last?.short ?? ''}
    >
      {monthly.rows.map((row, r) => (
        <g key={row.month}>
          {row.month === monthly.highlight && (
            <rect
              x={at(r * band)}
              y={0}
              width={at(band)}
              height={plotHeight}
              fill="currentColor"
              fillOpacity={0.1}
            />
          )}
          {row.cells.map((cell, c) => {
            const column = monthly.columns[c];
            if (cell.value === null || !column) return null;
            const top = Math.min(y(cell.value), y(0));
            return (
              <rect
                key={column.id}
                x={at(r * band + band * 0.1 + c * bar)}
                y={top}
                width={at(Math.max(bar - 1, 1))}
                height={at(Math.max(Math.abs(y(cell.value) - y(0)), 1))}
                fill={seriesColor(column.colorIndex)}
              />
            );
          })}
        </g>
      ))}
      <line x1={0} x2={width} y1={y(0)} y2={y(0)} stroke="currentColor" strokeOpacity={0.6} />
    </StaticFrame>
  );
}

export function StaticDailyChart({ daily }: { daily: DailyModel }) {
  const [min, max] = daily.domain;
  const y = yScale(daily.domain, plotHeight);
  const x = dayScale(daily.span, width);
  const line = daily.points.map((p) => `${x(p.day)},${y(p.change)}`).join(' ');
  return (
    <StaticFrame
      top={`${computedNumber(max, daily.unit, true)} ${daily.unitLabel}`}
      bottom={`${computedNumber(min, daily.unit, true)} ${daily.unitLabel}`}
      start={formatShortDate(daily.from)}
      end={formatShortDate(daily.to)}
    >
      <line x1={0} x2={width} y1={y(0)} y2={y(0)} stroke="currentColor" strokeOpacity={0.7} />
      <polyline
        points={line}
        fill="none"
        stroke={seriesColor(daily.colorIndex)}
        strokeWidth={2}
        vectorEffect="non-scaling-stroke"
      />
    </StaticFrame>
  );
}

function StaticFrame(props: {
  top: string;
  bottom: string;
  start: string;
  end: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex flex-col text-xs text-slate-700 dark:text-slate-300" style={{ height: chartHeight }}>
      <p className="pl-1">{props.top}</p>
      <svg
        viewBox={`0 0 ${width} ${plotHeight}`}
        preserveAspectRatio="none"
        className="w-full flex-1 border-b border-l border-slate-400"
        aria-hidden="true"
        focusable="false"
      >
        {props.children}
      </svg>
      <p className="flex justify-between pl-1">
        <span>{props.bottom}</span>
      </p>
      <p className="flex justify-between pl-1">
        <span>{props.start}</span>
        <span>{props.end}</span>
      </p>
    </div>
  );
}
