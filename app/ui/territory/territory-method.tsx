import type { TerritoryMethod } from '@/lib/territory/method';
import { methodAnchors, viewPaths } from '@/lib/view/paths';

const measureWords = {
  gross: 'gross: ground taken in the month',
  net: 'net: ground taken minus ground lost',
};

/** How the territory figures are read, kept, converted and divided: the methodology page's territory section. */
export function TerritoryMethodSection({ method }: { method: TerritoryMethod }) {
  const { daily } = method;
  return (
    <section
      id={methodAnchors.territory}
      aria-labelledby="territory-method-heading"
      className="scroll-mt-4 space-y-3"
    >
      <h2 id="territory-method-heading" className="text-xl font-semibold">
        Territory figures
      </h2>
      <p>
        The territory page shows the area of {method.region} held by {method.holder} as each publisher counts
        it, month by month{daily ? `, and as ${daily.name} gives it, day by day` : ''}.
      </p>

      <h3 className="font-semibold">Series are never spliced</h3>
      <p>The publishers count different things, so each is a series of its own:</p>
      <ul className="list-disc space-y-1 pl-5">
        {method.series.map((s) => (
          <li key={s.name}>
            {s.name} ({measureWords[s.measure]})
          </li>
        ))}
        {daily && <li>The months of {daily.name} (net, worked out by Parley as below)</li>}
      </ul>
      <p>
        Each keeps its own bars and its own column under its own name. A month a series has no figure for
        stays empty, never zero, and is never filled from another series; no two series are added, averaged or
        joined into one line.
      </p>

      <h3 className="font-semibold">Figures as published, and square miles</h3>
      <p>
        A published figure is kept exactly as its publisher printed it: the same number, rounding and sign.
        Square miles are the publisher’s own only where it printed them beside its km². Parley checks the two
        against each other, allowing for the rounding of both printed numbers (half a unit in the last digit
        each was printed to). Where they do not match, the printed miles are kept and named as a caution, and
        the miles shown are converted from the km².
        {method.unmatchedMiles && ` ${method.unmatchedMiles}`}
      </p>
      <p>
        Every conversion uses 1 sq mi = {method.km2PerSqMi} km², exact by definition of the international
        mile, so 1 km² is about {method.sqMiPerKm2} sq mi. A figure Parley works out itself (a conversion, a
        change over days) is shown to {method.computedPrecision.km2} or {method.computedPrecision.sqmi}.
      </p>

      <h3 className="font-semibold">Revisions and statuses</h3>
      <p>
        Where a series has more than one figure for a month, one is shown: a revision over the figure first
        published, a later revision over an earlier one, and a full-month figure over a preliminary one;
        between figures of the same standing, the one listed later in the data. The figures it replaces stay
        listed beside it, each with its source.{method.revision && ` ${method.revision}`} Each published
        figure has a status:
      </p>
      <dl className="space-y-1">
        {method.statuses.map((s) => (
          <div key={s.status}>
            <dt className="inline font-semibold">
              {s.status} ({s.count} {s.count === 1 ? 'figure' : 'figures'}):
            </dt>{' '}
            <dd className="inline">{s.meaning}</dd>
          </div>
        ))}
      </dl>

      {daily && <DailyMethod method={method} daily={daily} />}

      <h3 className="font-semibold">Shares of {method.region}</h3>
      <p>A share divides by an area of {method.region}. The data names these:</p>
      <ul className="list-disc space-y-1 pl-5">
        {method.denominators.map((d) => (
          <li key={d.label}>
            {d.label}
            {d.dividesDaily && daily && ': the daily series’ own percent column divides by it'}
            {d.source && (
              <>
                {' '}
                (<a href={`${viewPaths.sources}#source-${d.source.id}`}>{d.source.title}</a>)
              </>
            )}
          </li>
        ))}
      </ul>
      <p>
        {daily
          ? 'For a day of the daily series, the share it gives is shown first, then the same area as a share of each other area above. '
          : ''}
        A share a publisher printed with a monthly figure is kept as printed, and said to be the publisher’s:
        the area it divides by is not in Parley’s sources.
      </p>
    </section>
  );
}

function DailyMethod({
  method,
  daily,
}: {
  method: TerritoryMethod;
  daily: NonNullable<TerritoryMethod['daily']>;
}) {
  return (
    <>
      <h3 className="font-semibold">{daily.name}: its months and long ranges</h3>
      <p>
        The daily series gives the area held on each day assessed. Its month is the area on the last day
        assessed in the month less the area on the last day assessed in the month before, so every day between
        counts once. A month with no day assessed has no change of its own, and the next one runs from the
        last day assessed before it; the series’ first month has none.
        {daily.latestMonth && ` ${daily.latestMonth}`}
      </p>
      <p>
        The daily chart draws every day of a range of up to {method.thinning.chartPoints} days. A longer range
        is cut into equal stretches of days, and each stretch keeps its lowest and highest day, with the
        range’s first and last: every point drawn is a real day’s figure, so no peak or dip is smoothed away.
        The table in its place does the same with at most {method.thinning.tableRows} rows, and the daily CSV
        download holds every day.
      </p>
    </>
  );
}
