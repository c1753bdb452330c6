'use client';

import type { LinkProps } from './use-view-controls';

export type Choice = { id: string; label: string; detail?: string };

export type ChoiceListProps = {
  /** The form field: the URL parameter the list is written to. */
  name: string;
  legend: string;
  choices: readonly Choice[];
  chosen: readonly string[];
  onToggle: (id: string, checked: boolean) => void;
  /** Link props for "only this one", "all" and "none". */
  only: (id: string) => LinkProps;
  all: LinkProps;
  none: LinkProps;
};

/**
 * A list of checkboxes that keeps its order whatever is ticked, with "only" beside each item and "all"/"none".
 * The checkboxes are form fields, so the form works as a GET form without JavaScript; the empty hidden value
 * lets "none ticked" reach the URL.
 */
export function ChoiceList({ name, legend, choices, chosen, onToggle, only, all, none }: ChoiceListProps) {
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="flex w-full items-baseline justify-between font-semibold">
        <span>
          {legend}{' '}
          <span className="font-normal text-slate-700 dark:text-slate-300">
            ({chosen.length} of {choices.length})
          </span>
        </span>
      </legend>
      <p className="flex gap-3 text-sm">
        <a href={all.href} onClick={all.onClick}>
          All<span className="sr-only"> {legend.toLowerCase()}</span>
        </a>
        <a href={none.href} onClick={none.onClick}>
          None<span className="sr-only"> of the {legend.toLowerCase()}</span>
        </a>
      </p>
      <input type="hidden" name={name} value="" />
      <ul className="space-y-0.5">
        {choices.map((choice) => (
          <li key={choice.id} className="flex items-center justify-between gap-2">
            <label className="flex min-w-0 flex-1 items-center gap-2" title={choice.detail}>
              <input
                type="checkbox"
                name={name}
                value={choice.id}
                checked={chosen.includes(choice.id)}
                onChange={(event) => onToggle(choice.id, event.target.checked)}
                className="size-4 shrink-0"
              />
              <span className="wrap-break-word">{choice.label}</span>
            </label>
            <OnlyLink link={only(choice.id)} label={choice.label} />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function OnlyLink({ link, label }: { link: LinkProps; label: string }) {
  return (
    <a href={link.href} onClick={link.onClick} className="shrink-0 text-xs">
      only<span className="sr-only"> {label}</span>
    </a>
  );
}
