import type { ReactNode } from 'react';
import type { MonthPanel as MonthPanelModel, PanelCard } from '@/lib/territory/month-panel';
import { SourceLink } from '../sources/source-link';

export type MonthPanelProps = {
  panel: MonthPanelModel;
  /** The month control and the links to the months either side, where the reader can change the month. */
  controls?: ReactNode;
  headingLevel?: 'h1' | 'h2';
};

/** Each source's figure for the month side by side, each with what it is and how it is counted, never merged. */
export function MonthPanel({ panel, controls, headingLevel: Heading = 'h2' }: MonthPanelProps) {
  return (
    <section aria-labelledby="month-heading" className="space-y-3">
      {/* Controls follow the heading rather than sit at the far end: the links after the month list stream in
          last, and a right-aligned row would move the list sideways as they arrive (a layout shift). */}
      <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2">
        <Heading id="month-heading" className="text-xl font-semibold">
          {panel.label}, by source
        </Heading>
        {controls}
      </div>
      {panel.note && <p className="text-sm text-slate-700 dark:text-slate-300">{panel.note}</p>}
      {panel.cards.length === 0 ? (
        <p>No source has a figure for {panel.label}.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(auto-fit,minmax(17rem,1fr))]">
          {panel.cards.map((card) => (
            <li key={card.seriesId} className="rounded border border-slate-300 p-3 dark:border-slate-700">
              <Card card={card} Heading={Heading === 'h1' ? 'h2' : 'h3'} />
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Each source counts something different (see “Counts”), so the figures differ; none is adjusted to
        match another, and none is added to another.
        {panel.missing.length > 0 && ` No figure for this month from: ${panel.missing.join('; ')}.`}
      </p>
      {panel.headlineSources.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer">Where this month’s figures come from</summary>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {panel.headlineSources.map((s) => (
              <li key={s.id}>
                <SourceLink source={s} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function Card({ card, Heading }: { card: PanelCard; Heading: 'h2' | 'h3' }) {
  return (
    <article aria-label={card.name} className="space-y-1.5">
      <Heading className="text-sm font-semibold">{card.name}</Heading>
      <p>
        <span className="block text-3xl font-semibold tabular-nums">{card.value}</span>
        <span className="font-semibold">{card.what}</span>
      </p>
      {card.conversion && <p className="text-sm">{card.conversion}</p>}
      {card.shares.map((share) => (
        <p key={share} className="text-sm">
          {share}
        </p>
      ))}
      {card.caveats.map((caveat) => (
        <p key={caveat} className="text-sm text-amber-900 dark:text-amber-200">
          {caveat}
        </p>
      ))}
      <p className="text-sm">
        <span className="font-semibold">Counts: </span>
        {card.definition}
      </p>
      {card.seriesNote && (
        <p className="text-sm">
          <span className="font-semibold">Keep in mind: </span>
          {card.seriesNote}
        </p>
      )}
      {card.quote && (
        <details className="text-sm">
          <summary className="cursor-pointer">The published words</summary>
          <blockquote className="mt-1 border-l-2 border-slate-400 pl-2 italic">{card.quote}</blockquote>
          {card.quoteNote && (
            <p className="mt-1">
              <span className="font-semibold">Our note: </span>
              {card.quoteNote}
            </p>
          )}
        </details>
      )}
      {card.source && (
        <p className="text-sm">
          Source: <SourceLink source={card.source} />
        </p>
      )}
    </article>
  );
}
