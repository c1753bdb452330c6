'use client';

import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatShortDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import type { DailyAreaPoint } from '@/lib/territory/chart-series';
import { type AreaUnit, areaUnitLabels } from '@/lib/territory/units';
import { chartFrame, chartGrid, chartTick } from './chart-frame';

export type DailyAreaChartProps = {
  points: DailyAreaPoint[];
  unit: AreaUnit;
  events: { id: string; date: string; title: string }[];
};

const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Area assessed as Russian-controlled, day by day, with negotiation events as dashed lines on the time axis. */
export function DailyAreaChart({ points, unit, events }: DailyAreaChartProps) {
  const data = points.map((p) => ({ ...p, time: toTime(p.date) }));
  const first = data[0]?.time ?? 0;
  const last = data.at(-1)?.time ?? 0;
  const visibleEvents = events.filter((e) => toTime(e.date) >= first && toTime(e.date) <= last);
  return (
    <AreaChart responsive {...chartFrame} data={data}>
      <CartesianGrid {...chartGrid} />
      <XAxis
        dataKey="time"
        type="number"
        scale="time"
        domain={['dataMin', 'dataMax']}
        tickFormatter={(t: number) => formatShortDate(fromTime(t))}
        tick={chartTick}
      />
      <YAxis
        dataKey="area"
        domain={['auto', 'auto']}
        tickFormatter={(v: number) => formatNumber(v)}
        tick={chartTick}
        width={64}
      />
      <Tooltip
        labelFormatter={(t) => formatDate(fromTime(Number(t)))}
        formatter={(value, _name, item) => [
          `${formatNumber(Number(value), 1)} ${areaUnitLabels[unit]} (${formatNumber((item.payload as DailyAreaPoint).percent, 3)} % of 603,628 km²)`,
          'Assessed as Russian-controlled',
        ]}
        contentStyle={{ color: '#0f172a' }}
      />
      {visibleEvents.map((event) => (
        <ReferenceLine
          key={event.id}
          x={toTime(event.date)}
          stroke="#CC79A7"
          strokeDasharray="4 3"
          ifOverflow="hidden"
        />
      ))}
      <Area
        type="linear"
        dataKey="area"
        stroke="#0072B2"
        fill="#0072B2"
        fillOpacity={0.2}
        isAnimationActive={false}
        dot={false}
      />
    </AreaChart>
  );
}
