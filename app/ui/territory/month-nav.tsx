import { type Territory, territoryHref } from '@/app/views/territory';
import { formatMonth } from '@/lib/format/date';
import { MonthControl } from './month-control';

/** The month control, with links to the months either side that also work as plain links. */
export function MonthNav({ territory }: { territory: Territory }) {
  const { ctx, view, model } = territory;
  const { previous, next } = model.panel;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <MonthControl view={view} ctx={ctx} choices={model.months} />
      <nav aria-label="Months either side" className="flex gap-3 text-sm">
        {previous && (
          <a href={territoryHref({ ...view, month: previous }, ctx)} data-view="">
            ← <span className="sr-only">Previous month: </span>
            {formatMonth(previous)}
          </a>
        )}
        {next && (
          <a href={territoryHref({ ...view, month: next }, ctx)} data-view="">
            <span className="sr-only">Next month: </span>
            {formatMonth(next)} →
          </a>
        )}
      </nav>
    </div>
  );
}
