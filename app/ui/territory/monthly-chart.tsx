'use client';

import { useEffect } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts';
import type { MonthlyChartData } from '@/lib/territory/monthly-rows';
import {
  chartGrid,
  chartHeight,
  chartMargin,
  chartTick,
  tooltipClasses,
  tooltipWrapper,
} from './chart-frame';
import { seriesColor } from './series-colors';

export type MonthlyChartProps = MonthlyChartData & { onReady?: () => void };

/** Each source's monthly figure as its own bars, side by side; a month without a figure is a gap, not a zero. */
export function MonthlyChart({ columns, rows, unitLabel, highlight, onReady }: MonthlyChartProps) {
  useEffect(() => onReady?.(), [onReady]);
  const data = rows.map((r) => ({
    month: r.month,
    ...Object.fromEntries(columns.map((c, i) => [c.id, r.values[i] ?? null])),
  }));
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const row = active ? byMonth.get(String(label)) : undefined;
    if (!row) return null;
    return (
      <div className={tooltipClasses}>
        <p className="font-semibold">{row.label}</p>
        <ul>
          {columns.map((c, i) => (
            <li key={c.id} className="flex items-baseline gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block size-2.5 shrink-0 rounded-sm"
                style={{ background: seriesColor(c.colorIndex) }}
              />
              <span>
                {c.name}: {row.texts[i] ? `${row.texts[i]} ${unitLabel}` : 'no figure'}
              </span>
            </li>
          ))}
        </ul>
      </div>
    );
  };
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: chartHeight }}
      margin={chartMargin}
      data={data}
      barGap={1}
      barCategoryGap="15%"
    >
      <CartesianGrid {...chartGrid} />
      <ReferenceArea
        x1={highlight}
        x2={highlight}
        fill="currentColor"
        fillOpacity={0.1}
        ifOverflow="hidden"
      />
      <XAxis
        dataKey="month"
        tickFormatter={(month: string) => byMonth.get(month)?.short ?? month}
        tick={chartTick}
        minTickGap={12}
      />
      <YAxis
        tick={chartTick}
        width={56}
        label={{ value: unitLabel, position: 'top', offset: 14, fill: 'currentColor', fontSize: 12, dx: 12 }}
      />
      <ReferenceLine y={0} stroke="currentColor" strokeOpacity={0.6} />
      <Tooltip
        content={renderTooltip}
        wrapperStyle={tooltipWrapper}
        cursor={{ fill: 'currentColor', fillOpacity: 0.06 }}
      />
      {columns.map((c) => (
        <Bar
          key={c.id}
          dataKey={c.id}
          name={c.name}
          fill={seriesColor(c.colorIndex)}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
