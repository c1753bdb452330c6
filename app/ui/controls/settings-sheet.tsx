'use client';

import { type ReactNode, useEffect, useRef, useState } from 'react';

const floatingClasses =
  'fixed right-3 bottom-3 z-30 rounded-full border-2 border-white bg-blue-800 px-4 py-2 font-semibold text-white no-underline shadow-lg lg:hidden dark:border-slate-900 dark:bg-blue-300 dark:text-slate-950';

export type SettingsSheetProps = {
  /** What the view shows, in words, so a change is visible inside the sheet too. */
  summary: string;
  children: ReactNode;
};

/**
 * On a wide screen the settings sit beside the table. On a phone a button that stays in reach opens them as a
 * sheet over the lower part of the screen, so the table above shows each change as it happens. A phone never lays
 * the closed settings out; without JavaScript a style in <noscript> shows them after the table, and the button is a
 * link to them.
 */
export function SettingsSheet({ summary, children }: SettingsSheetProps) {
  const [enhanced, setEnhanced] = useState(false);
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useEffect(() => setEnhanced(true), []);
  useEffect(() => {
    // Focus follows the sheet: into it when it opens, back to the button that opened it when it closes.
    if (open) done.current?.focus();
    else if (opened.current) trigger.current?.focus();
    opened.current = open;
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const sheet = open
    ? 'max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-40 max-lg:max-h-[55dvh] max-lg:overflow-y-auto max-lg:rounded-t-xl max-lg:border-t-2 max-lg:border-slate-500 max-lg:bg-white max-lg:p-4 max-lg:shadow-2xl max-lg:dark:bg-slate-950'
    : 'max-lg:hidden';
  return (
    <>
      <noscript>
        <style>{'#view-settings{display:block}'}</style>
      </noscript>
      <div id="view-settings" className={sheet}>
        {open && (
          <div className="sticky top-0 z-10 -mx-4 -mt-4 mb-3 flex items-center justify-between gap-2 border-b border-slate-300 bg-white px-4 py-2 lg:hidden dark:border-slate-700 dark:bg-slate-950">
            <p role="status" className="text-sm font-semibold">
              {summary}
            </p>
            <button
              ref={done}
              type="button"
              onClick={() => setOpen(false)}
              className="rounded border border-slate-500 px-3 py-1 font-semibold"
            >
              Done
            </button>
          </div>
        )}
        {children}
      </div>
      {enhanced ? (
        <button
          ref={trigger}
          type="button"
          aria-expanded={open}
          aria-controls="view-settings"
          onClick={() => setOpen(true)}
          className={open ? 'hidden' : floatingClasses}
        >
          View settings
        </button>
      ) : (
        <a href="#view-settings" className={floatingClasses}>
          View settings
        </a>
      )}
    </>
  );
}
