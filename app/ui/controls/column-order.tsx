'use client';

import type { LinkProps } from './use-view-controls';

export type ColumnOrderProps = {
  parties: { id: string; shortName: string }[];
  /** The link that moves the party at one index to another. */
  move: (from: number, to: number) => LinkProps;
};

/** The shown parties in column order, each movable one place: links, so they work without JavaScript. */
export function ColumnOrder({ parties, move }: ColumnOrderProps) {
  if (parties.length < 2) return null;
  return (
    <details>
      <summary className="cursor-pointer font-semibold">Column order</summary>
      <ol className="mt-1 space-y-0.5 text-sm">
        {parties.map((party, index) => (
          <li key={party.id} className="flex items-center justify-between gap-2">
            <span>{party.shortName}</span>
            <span className="flex gap-2">
              {index > 0 && (
                <MoveLink link={move(index, index - 1)} label={`Move ${party.shortName} earlier`} text="↑" />
              )}
              {index < parties.length - 1 && (
                <MoveLink link={move(index, index + 1)} label={`Move ${party.shortName} later`} text="↓" />
              )}
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}

function MoveLink({ link, label, text }: { link: LinkProps; label: string; text: string }) {
  return (
    <a href={link.href} onClick={link.onClick} aria-label={label}>
      {text}
    </a>
  );
}
