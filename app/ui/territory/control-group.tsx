import type { ReactNode } from 'react';

export type ControlGroupProps = {
  label: string;
  /** The button a reader without JavaScript presses; with it, every change applies at once. */
  submitLabel: string;
  className?: string;
  children: ReactNode;
};

/** One territory control, named, with its own button for the page's form when JavaScript is off. */
export function ControlGroup({ label, submitLabel, className, children }: ControlGroupProps) {
  return (
    <fieldset aria-label={label} className={className}>
      {children}
      <noscript>
        <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold">
          {submitLabel}
        </button>
      </noscript>
    </fieldset>
  );
}
