import type { TerritoryHeadline } from '@/app/views/territory';

export type HeadlinePanelProps = {
  /** From `territoryHeadline()` in app/views/territory.ts; render nothing when it is undefined. */
  headline: TerritoryHeadline;
  headingLevel?: 'h2' | 'h3';
};

/** The headline month's figure from each source, compact and side by side, linking to the territory page. */
export function HeadlinePanel({ headline, headingLevel: Heading = 'h2' }: HeadlinePanelProps) {
  const { panel, href } = headline;
  return (
    <section aria-labelledby="headline-territory" className="space-y-2">
      <Heading id="headline-territory" className="text-lg font-semibold">
        <a href={href}>Territory, {panel.label}</a>
      </Heading>
      <ul className="grid gap-2 sm:grid-cols-[repeat(auto-fit,minmax(12rem,1fr))]">
        {panel.cards.map((card) => (
          <li key={card.seriesId} className="rounded border border-slate-300 px-3 py-2 dark:border-slate-700">
            <span className="block text-sm">{card.name}</span>
            <span className="block text-xl font-semibold tabular-nums">{card.value}</span>
            <span className="block text-sm">{card.what}</span>
          </li>
        ))}
      </ul>
      <p className="text-sm">
        Each source counts differently; none is merged with another.{' '}
        <a href={href}>How each one counts, month by month and day by day</a>
      </p>
    </section>
  );
}
