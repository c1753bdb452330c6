'use client';

import type { ReactNode } from 'react';
import {
  serializeTerritoryView,
  type TerritoryContext,
  type TerritoryKey,
  type TerritoryView,
} from '@/lib/view/territory';
import { territoryPagePath } from './paths';

export type ControlFormProps = {
  label: string;
  view: TerritoryView;
  ctx: TerritoryContext;
  /** The parameters this form's own fields write; every other one rides along as a hidden field. */
  fields: readonly TerritoryKey[];
  /** The button a reader without JavaScript presses; with it, every change applies at once. */
  submitLabel: string;
  className?: string;
  children: ReactNode;
};

/**
 * One territory control as a GET form whose fields are the URL's parameters, so it works without JavaScript; the
 * rest of the view is carried in hidden fields, so submitting it changes only what it controls.
 */
export function ControlForm({
  label,
  view,
  ctx,
  fields,
  submitLabel,
  className,
  children,
}: ControlFormProps) {
  const carried = [...serializeTerritoryView(view, ctx)].filter(([key]) => !fields.some((f) => f === key));
  return (
    <form
      method="get"
      action={territoryPagePath}
      aria-label={label}
      className={className}
      onSubmit={(event) => event.preventDefault()}
    >
      {carried.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      {children}
      <noscript>
        <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold">
          {submitLabel}
        </button>
      </noscript>
    </form>
  );
}
