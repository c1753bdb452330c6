'use client';

import { Bar, BarChart, CartesianGrid, Legend, Rectangle, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMonth } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import type { MonthlyGainRow } from '@/lib/territory/chart-series';
import { type AreaUnit, areaUnitLabels } from '@/lib/territory/units';
import type { MonthlyChartSeries } from '@/lib/view/territory';
import { chartFrame, chartGrid, chartTick } from './chart-frame';
import { seriesColors } from './series-colors';
import { labelOfSeries } from './territory-controls';

export type MonthlyGainsChartProps = {
  rows: MonthlyGainRow[];
  series: MonthlyChartSeries[];
  unit: AreaUnit;
  highlightMonth: string;
};

const shortMonth = (month: string) => {
  const [year = '', m = '1'] = month.split('-');
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]} ${year.slice(2)}`;
};

/** Monthly net gains as bars, one series per source side by side; the highlighted month is outlined and bold. */
export function MonthlyGainsChart({ rows, series, unit, highlightMonth }: MonthlyGainsChartProps) {
  const data = rows.map((row) => ({ month: row.month, ...row.values }));
  return (
    <BarChart responsive {...chartFrame} data={data}>
      <CartesianGrid {...chartGrid} />
      <XAxis dataKey="month" tickFormatter={shortMonth} tick={chartTick} interval="preserveStartEnd" />
      <YAxis
        tick={chartTick}
        width={48}
        label={{
          value: areaUnitLabels[unit],
          angle: -90,
          position: 'insideLeft',
          fill: 'currentColor',
          fontSize: 11,
        }}
      />
      <Tooltip
        labelFormatter={(month) => formatMonth(String(month))}
        formatter={(value, name) => [
          typeof value === 'number'
            ? `${formatNumber(value, unit === 'km2' ? 1 : 2)} ${areaUnitLabels[unit]}`
            : 'none published',
          labelOfSeries(name),
        ]}
        contentStyle={{ color: '#0f172a' }}
      />
      <Legend formatter={labelOfSeries} />
      {series.map((id) => (
        <Bar
          key={id}
          dataKey={id}
          name={id}
          fill={seriesColors[id]}
          isAnimationActive={false}
          shape={(props: React.ComponentProps<typeof Rectangle> & { payload?: { month?: string } }) => (
            <Rectangle
              {...props}
              stroke={props.payload?.month === highlightMonth ? 'currentColor' : undefined}
              strokeWidth={props.payload?.month === highlightMonth ? 2 : 0}
            />
          )}
        />
      ))}
    </BarChart>
  );
}
