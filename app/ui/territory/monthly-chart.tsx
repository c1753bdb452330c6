'use client';

import { useCallback, useEffect, useMemo } from 'react';
import {
  Bar,
  BarChart,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts';
import type { MonthlyChartData } from '@/lib/territory/monthly-rows';
import {
  chartMargin,
  chartStyle,
  chartTick,
  timeAxisHeight,
  tooltipClasses,
  tooltipWrapper,
} from './chart-frame';
import { ChartTooltip, TooltipRender } from './chart-tooltip';
import { seriesColor } from './series-colors';
import { useSameContent } from './use-same-content';
import { useWidth } from './use-width';
import { ValueAxis } from './value-axis';

export type MonthlyChartProps = MonthlyChartData & { onReady?: () => void };

const cursor = { fill: 'currentColor', fillOpacity: 0.06 } as const;
const yAxisWidth = 56;
// Made once: recharts re-registers a reference line or area each time it renders, and every chart element
// recomputes.
const zeroLine = <ReferenceLine y={0} stroke="currentColor" strokeOpacity={0.6} />;

/** Each source's monthly figure as its own bars, side by side; a month without a figure is a gap, not a zero. */
export function MonthlyChart(props: MonthlyChartProps) {
  const { texts, unitLabel, highlight, onReady } = props;
  useEffect(() => onReady?.(), [onReady]);
  const columns = useSameContent(props.columns);
  const rows = useSameContent(props.rows);
  const domain = useSameContent(props.axis.domain);
  const [width, box] = useWidth();
  const data = useMemo(
    () =>
      rows.map((r) => ({
        month: r.month,
        ...Object.fromEntries(columns.map((c, i) => [c.id, r.valuesKm2[i] ?? null])),
      })),
    [rows, columns],
  );
  const shortOf = useMemo(() => new Map(rows.map((r) => [r.month, r.short])), [rows]);
  const xTick = useCallback((month: string) => shortOf.get(month) ?? month, [shortOf]);
  const shading = useMemo(
    () => (
      <ReferenceArea
        x1={highlight}
        x2={highlight}
        fill="currentColor"
        fillOpacity={0.1}
        ifOverflow="hidden"
      />
    ),
    [highlight],
  );
  const monthAxis = useMemo(
    () => (
      <XAxis dataKey="month" tickFormatter={xTick} tick={chartTick} height={timeAxisHeight} minTickGap={12} />
    ),
    [xTick],
  );
  const bars = useMemo(
    () =>
      columns.map((c) => (
        <Bar
          key={c.id}
          dataKey={c.id}
          name={c.name}
          fill={seriesColor(c.colorIndex)}
          isAnimationActive={false}
        />
      )),
    [columns],
  );
  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const index = active ? rows.findIndex((r) => r.month === String(label)) : -1;
    const row = rows[index];
    if (!row) return null;
    const rowTexts = texts[index] ?? [];
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
                {c.name}: {rowTexts[i] || 'no figure'}
              </span>
            </li>
          ))}
        </ul>
      </div>
    );
  };
  // What recharts draws is made once per change of what it shows. A unit switch changes only the value axis,
  // drawn beside it (`ValueAxis`), and the tooltip's words, which reach it through a context: recharts keeps its
  // props and does not draw again.
  const chart = useMemo(
    () => (
      <BarChart
        responsive
        style={chartStyle}
        margin={chartMargin}
        data={data}
        barGap={1}
        barCategoryGap="15%"
      >
        {shading}
        {monthAxis}
        <YAxis domain={domain} tick={false} tickLine={false} width={yAxisWidth} />
        {zeroLine}
        <Tooltip content={ChartTooltip} wrapperStyle={tooltipWrapper} cursor={cursor} />
        {bars}
      </BarChart>
    ),
    [data, shading, monthAxis, domain, bars],
  );
  return (
    <div ref={box} className="relative">
      <ValueAxis axis={props.axis} title={unitLabel} labelWidth={yAxisWidth} titleShift={12} width={width} />
      <TooltipRender value={renderTooltip}>{chart}</TooltipRender>
    </div>
  );
}
