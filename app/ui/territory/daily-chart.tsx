'use client';

import { useEffect, useMemo, useState } from 'react';
import { Area, AreaChart, ReferenceLine, Tooltip, type TooltipContentProps, XAxis, YAxis } from 'recharts';
import { formatDate, isoDayOf } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { timeTicks } from '@/lib/territory/axis';
import type { DailyChartData } from '@/lib/territory/daily-range';
import { markerWidth, type PlacedMarker, placeMarkers } from '@/lib/territory/marker-layout';
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

export type DailyChartProps = DailyChartData & { onReady?: () => void };

const yAxisWidth = 64;
const plotLeft = chartMargin.left + yAxisWidth;
/** A marker's tooltip lists at most this many events; the list under the chart has them all. */
const maxTipLines = 6;
/** The room a time tick's label takes, "Sept 2025" at 12 px and a gap. */
const timeTickSpacing = 72;
// Made once: recharts re-registers a reference line each time it renders, and every chart element recomputes.
const zeroLine = <ReferenceLine y={0} stroke="currentColor" strokeOpacity={0.7} />;

/** The change since the range's first day, with the negotiation events as numbered markers along the top. */
export function DailyChart(props: DailyChartProps) {
  const { points, decimals, markers, unitLabel, since, percentOf, colorIndex, onReady } = props;
  useEffect(() => onReady?.(), [onReady]);
  const [width, box] = useWidth();
  const [active, setActive] = useState<PlacedMarker | null>(null);
  const plot = useSameContent(props.plot);
  const domain = useSameContent(props.axis.domain);
  const data = useMemo(() => plot.map(([time, change]) => ({ time, change })), [plot]);
  // The tooltip's look-up, built once per series rather than on each render (a marker's hover renders again).
  const byTime = useMemo(
    () => new Map(points.map(([time, change, area, percent]) => [time, { time, change, area, percent }])),
    [points],
  );
  const first = data[0]?.time ?? 0;
  const last = data.at(-1)?.time ?? 0;
  const colour = seriesColor(colorIndex);
  const signed = (v: number, places = decimals) =>
    `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v), places)}`;
  const plotWidth = Math.max(width - plotLeft - chartMargin.right, 1);
  const eventMarkers = useSameContent(markers);
  const placed = useMemo(
    () => placeMarkers(eventMarkers, (t) => plotLeft + ((t - first) / Math.max(last - first, 1)) * plotWidth),
    [eventMarkers, first, last, plotWidth],
  );
  const maxTimeTicks = Math.floor(plotWidth / timeTickSpacing);
  const timeAxis = useMemo(() => {
    // Our own ticks: recharts' weekly ones on a short range would each be labelled with their month.
    const { ticks, labels } = timeTicks(first, last, maxTimeTicks);
    const labelOf = new Map(ticks.map((t, i) => [t, labels[i] ?? '']));
    return (
      <XAxis
        dataKey="time"
        type="number"
        scale="time"
        domain={[first, last]}
        ticks={ticks}
        interval={0}
        tickFormatter={(time: number) => labelOf.get(time) ?? ''}
        tick={chartTick}
        height={timeAxisHeight}
      />
    );
  }, [first, last, maxTimeTicks]);
  const markerLines = useMemo(
    () =>
      width > 0 &&
      placed.map((marker) => (
        <ReferenceLine
          key={marker.time}
          x={marker.time}
          stroke="currentColor"
          strokeOpacity={0.25}
          label={
            <MarkerLabel
              marker={marker}
              onShow={() => setActive(marker)}
              onHide={() => setActive((a) => (a?.time === marker.time ? null : a))}
            />
          }
        />
      )),
    [placed, width],
  );

  const renderTooltip = ({ active: on, label }: TooltipContentProps) => {
    const datum = on ? byTime.get(Number(label)) : undefined;
    if (!datum) return null;
    return (
      <div className={tooltipClasses}>
        <p className="font-semibold">{formatDate(isoDayOf(datum.time))}</p>
        <p>
          {signed(datum.change)} {unitLabel} {since}
        </p>
        <p>
          {formatNumber(datum.area, decimals)} {unitLabel} in all, {formatNumber(datum.percent, 3)} % of{' '}
          {percentOf}
        </p>
      </div>
    );
  };
  // What recharts draws is made once per change of what it shows. A unit switch changes only the value axis,
  // drawn beside it (`ValueAxis`), and the tooltip's words, which reach it through a context: recharts keeps its
  // props and does not draw again.
  const chart = useMemo(
    () => (
      <AreaChart responsive style={chartStyle} margin={chartMargin} data={data}>
        {timeAxis}
        <YAxis domain={domain} tick={false} tickLine={false} width={yAxisWidth} />
        {zeroLine}
        {markerLines}
        <Tooltip content={ChartTooltip} wrapperStyle={tooltipWrapper} />
        <Area
          type="linear"
          dataKey="change"
          baseValue={0}
          stroke={colour}
          strokeWidth={2}
          fill={colour}
          fillOpacity={0.15}
          isAnimationActive={false}
          dot={false}
        />
      </AreaChart>
    ),
    [data, timeAxis, domain, markerLines, colour],
  );

  const tipWidth = Math.min(272, width);
  return (
    <div ref={box} className="relative">
      <ValueAxis
        axis={props.axis}
        title={`${unitLabel} ${since}`}
        labelWidth={yAxisWidth}
        titleShift={40}
        width={width}
      />
      <TooltipRender value={renderTooltip}>{chart}</TooltipRender>
      {active && (
        <div
          role="tooltip"
          className={`${tooltipClasses} pointer-events-none absolute z-20`}
          // Under the row of markers, so the marker it belongs to stays in sight.
          style={{
            top: chartMargin.top + 4,
            left: Math.max(0, Math.min(active.x - tipWidth / 2, width - tipWidth)),
            width: tipWidth,
          }}
        >
          <ul className="space-y-0.5">
            {active.events.slice(0, maxTipLines).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {active.events.length > maxTipLines && (
            <p className="mt-1 font-semibold">…and {active.events.length - maxTipLines} more, listed below</p>
          )}
        </div>
      )}
    </div>
  );
}

type MarkerLabelProps = {
  marker: PlacedMarker;
  onShow: () => void;
  onHide: () => void;
  /** Given by the chart: where the marker's line stands. */
  viewBox?: { x?: number; y?: number };
};

/** A numbered marker, a link to its events in the list below; its events show on hover and on focus. */
function MarkerLabel({ marker, onShow, onHide, viewBox }: MarkerLabelProps) {
  const x = viewBox?.x ?? marker.x;
  const y = (viewBox?.y ?? 0) - 14;
  const width = markerWidth(marker.label);
  return (
    <a
      href={`#event-${marker.first}`}
      aria-label={`${marker.events.length > 1 ? 'Events' : 'Event'} ${marker.label}: ${marker.events.join('; ')}`}
      onMouseEnter={onShow}
      onMouseLeave={onHide}
      onFocus={onShow}
      onBlur={onHide}
      className="cursor-pointer no-underline"
    >
      <rect
        x={x - width / 2}
        y={y - 9}
        width={width}
        height={18}
        rx={9}
        className="fill-white stroke-slate-600 dark:fill-slate-900 dark:stroke-slate-300"
      />
      <text
        x={x}
        y={y + 4}
        textAnchor="middle"
        fontSize={11}
        fontWeight={600}
        className="fill-slate-900 dark:fill-slate-100"
      >
        {marker.label}
      </text>
    </a>
  );
}
