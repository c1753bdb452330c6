import type { Dataset } from '@/lib/data';
import { formatDate, formatMonth } from '@/lib/format/date';
import { formatNumber, formatPublished, formatSigned } from '@/lib/format/number';
import { economistDenominator } from '@/lib/territory/denominators';
import { headlineMonth } from '@/lib/territory/headline';
import { monthSummary } from '@/lib/territory/month-summary';
import { km2ToSqMi } from '@/lib/territory/units';
import { SourceLink } from '../sources/source-link';

export type NovemberPanelProps = { dataset: Dataset; headingLevel?: 'h2' | 'h3' };

/** Each source's figure for the headline month, side by side with its own definition, never merged. */
export function NovemberPanel({ dataset, headingLevel: Heading = 'h2' }: NovemberPanelProps) {
  const { territory, sources } = dataset;
  const summary = monthSummary({ ...territory, rows: territory.daily?.rows ?? [] }, headlineMonth);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const economist = sourceById.get('economist-isw-daily');

  return (
    <section aria-labelledby="november-heading" className="space-y-3">
      <Heading id="november-heading" className="text-xl font-semibold">
        Territory: {formatMonth(headlineMonth)}
      </Heading>
      <ul className="grid gap-3 md:grid-cols-3">
        {summary.published.map(({ series, figure }) => {
          const source = sourceById.get(figure.source);
          return (
            <li key={figure.id} className="rounded border border-slate-300 p-3 dark:border-slate-700">
              <p className="text-sm font-medium">{series.name}</p>
              <p className="text-2xl font-bold">
                {formatPublished(figure.gainKm2)} km²
                {figure.gainSqMiPublished !== undefined && (
                  <span className="text-lg font-semibold">
                    {' '}
                    ({formatPublished(figure.gainSqMiPublished)} sq mi)
                  </span>
                )}
              </p>
              {figure.gainSqMiPublished !== undefined && (
                <p className="text-sm">
                  Exactly {formatNumber(km2ToSqMi(figure.gainKm2), 2)} sq mi; {series.publisher} published{' '}
                  {formatPublished(figure.gainSqMiPublished)}.
                </p>
              )}
              <p>
                {figure.sharePercentPublished !== undefined
                  ? `${formatPublished(figure.sharePercentPublished)} % of Ukraine under Russian control at the month's end`
                  : 'Share of Ukraine: not stated for this month'}
              </p>
              <p className="mt-2 text-sm">
                <span className="font-medium">Counts: </span>
                {series.definition}
              </p>
              {source && (
                <p className="mt-1 text-sm">
                  Source: <SourceLink source={source} />
                </p>
              )}
            </li>
          );
        })}
        {summary.derived && (
          <li className="rounded border border-slate-300 p-3 dark:border-slate-700">
            <p className="text-sm font-medium">The Economist’s daily ISW series</p>
            <p className="text-2xl font-bold">{formatSigned(summary.derived.changeKm2)} km²</p>
            <p>
              {formatDate(summary.derived.fromDate)} → {formatDate(summary.derived.toDate)}:{' '}
              {formatNumber(summary.derived.endAreaKm2, 1)} km²,{' '}
              {formatNumber(summary.derived.endSharePercent, 3)} % of {formatNumber(economistDenominator.km2)}{' '}
              km²
            </p>
            <p className="mt-2 text-sm">
              <span className="font-medium">Counts: </span>
              ISW’s “assessed Russian control” layer only, including Crimea and areas held before 2022; not
              areas Russia merely claims.
            </p>
            {economist && (
              <p className="mt-1 text-sm">
                Source: <SourceLink source={economist} />
              </p>
            )}
          </li>
        )}
      </ul>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The three numbers measure different things, so they differ: AFP adds the areas Russia claims to those
        ISW assesses as held; DeepState draws its own map; the Economist series sums ISW’s assessed-control
        layer day by day. None is adjusted to match another.
      </p>
    </section>
  );
}
