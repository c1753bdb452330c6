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
import { monthlyBars, monthlyPlotWidth, scrollToMonth } from '@/lib/territory/bar-layout';
import type { MonthlyChartData } from '@/lib/territory/monthly-rows';
import {
  chartHeight,
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
import { useSideScroll } from './use-side-scroll';
import { useWidth } from './use-width';
import { ValueAxis } from './value-axis';

export type MonthlyChartProps = MonthlyChartData & { onReady?: () => void };

const cursor = { fill: 'currentColor', fillOpacity: 0.06 } as const;
const yAxisWidth = 56;
const plotLeft = chartMargin.left + yAxisWidth;
const categoryGap = `${monthlyBars.categoryGap * 100}%`;
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
  // Squeezed into a phone's width, thirty months of five sources are bars half a pixel wide: unreadable, and
  // their colours indistinguishable. An analyst wants every month and every source kept, each bar wide enough to
  // tell apart, so the chart keeps a minimum width and scrolls sideways inside its box, opening on the panel's
  // month, with the value axis pinned over its left edge. Fewer months would hide figures without saying where.
  const chartWidth = Math.max(
    width,
    plotLeft + monthlyPlotWidth(rows.length, columns.length) + chartMargin.right,
  );
  const scrolls = width > 0 && chartWidth > width;
  const highlightIndex = rows.findIndex((r) => r.month === highlight);
  const [scroller, scrolled] = useSideScroll(
    scrolls,
    scrollToMonth({
      index: highlightIndex,
      months: rows.length,
      plotLeft,
      plotWidth: chartWidth - plotLeft - chartMargin.right,
      chartWidth,
      boxWidth: width,
    }),
  );
  // In a scrolled chart recharts would place the tooltip beside the pointer within the whole chart, often
  // outside the part in view: it is held at the left of the plot in view instead.
  const tooltipPosition = useMemo(
    () => (scrolls ? { x: scrolled + plotLeft + 4 } : undefined),
    [scrolls, scrolled],
  );
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
        barGap={monthlyBars.barGap}
        barCategoryGap={categoryGap}
      >
        {shading}
        {monthAxis}
        <YAxis domain={domain} tick={false} tickLine={false} width={yAxisWidth} />
        {zeroLine}
        <Tooltip
          content={ChartTooltip}
          wrapperStyle={tooltipWrapper}
          cursor={cursor}
          position={tooltipPosition}
          // Held in place, it would otherwise first slide in from the chart's far left, out of view.
          isAnimationActive={!scrolls}
        />
        {bars}
      </BarChart>
    ),
    [data, shading, monthAxis, domain, bars, tooltipPosition, scrolls],
  );
  const axisProps = { axis: props.axis, title: unitLabel, labelWidth: yAxisWidth, titleShift: 12 };
  return (
    <div ref={box} className="relative">
      <div
        ref={scroller}
        className={scrolls ? 'overflow-x-auto overflow-y-hidden' : undefined}
        {...(scrolls && {
          role: 'region',
          'aria-label': 'Monthly chart, scrolls sideways',
          // A scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1).
          tabIndex: 0,
        })}
      >
        <div className="relative" style={scrolls ? { width: chartWidth } : undefined}>
          <ValueAxis {...axisProps} width={scrolls ? chartWidth : width} />
          <TooltipRender value={renderTooltip}>{chart}</TooltipRender>
        </div>
      </div>
      {scrolls && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute top-0 left-0 bg-white dark:bg-slate-950"
          style={{ width: plotLeft, height: chartHeight }}
        >
          <ValueAxis {...axisProps} width={plotLeft} pinned />
        </div>
      )}
      {scrolls && (
        // In the plot's top margin, so the box keeps the height of the server's drawing it replaces.
        <p className="pointer-events-none absolute top-0 right-0 bg-white pl-1 text-xs text-slate-700 dark:bg-slate-950 dark:text-slate-300">
          Scroll sideways: {rows[0]?.short} to {rows.at(-1)?.short}
        </p>
      )}
    </div>
  );
}
