'use client';

import { type ReactNode, useEffect, useRef } from 'react';
import { useNavigate, useNavigationStatus } from '../view/view-navigation';

export type EvidenceDialogProps = {
  title: string;
  /** The view without the open cell. */
  closeHref: string;
  children: ReactNode;
};

const dialogClasses =
  'fixed inset-0 z-50 m-auto max-h-[90dvh] w-[min(48rem,calc(100vw-1rem))] overflow-y-auto rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-black/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';

/**
 * The open cell's evidence, rendered by the server whenever the URL names a cell. Without JavaScript it is an
 * open dialog over the page with a "Close" link; with it, a modal the browser keeps focus in. Closing writes the
 * view without the cell, so Back reopens it and the address bar always shows what is on screen.
 */
export function EvidenceDialog({ title, closeHref, children }: EvidenceDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const ignoreClose = useRef(false);
  const navigate = useNavigate();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.matches(':modal')) return;
    // The server sent it open but not modal; reopening it as a modal traps focus and adds the backdrop.
    ignoreClose.current = dialog.open;
    if (dialog.open) dialog.close();
    dialog.showModal();
  }, []);

  const close = () => {
    ignoreClose.current = true;
    ref.current?.close();
    navigate(closeHref);
  };

  return (
    <dialog
      ref={ref}
      open
      aria-labelledby="evidence-title"
      onClose={() => {
        if (ignoreClose.current) ignoreClose.current = false;
        else navigate(closeHref);
      }}
      className={dialogClasses}
    >
      <div className="space-y-4 p-4">
        <div className="flex items-start justify-between gap-4">
          <h2 id="evidence-title" className="text-lg font-bold">
            {title}
          </h2>
          <a
            href={closeHref}
            onClick={(event) => {
              event.preventDefault();
              close();
            }}
            className="rounded border border-slate-500 px-2 py-1 text-sm text-slate-900 no-underline dark:text-slate-100"
          >
            Close
          </a>
        </div>
        {children}
      </div>
    </dialog>
  );
}

/**
 * While a cell's evidence is on its way, its name shows at once. A status, not a dialog: it takes no focus, so the
 * evidence dialog that follows returns focus to the cell when it closes.
 */
export function OpeningCellNotice() {
  const { openingCell } = useNavigationStatus();
  return (
    <p
      role="status"
      className={
        openingCell
          ? 'fixed inset-x-0 top-1/3 z-50 mx-auto w-fit max-w-[calc(100vw-2rem)] rounded-lg border border-slate-300 bg-white px-4 py-3 shadow-xl dark:border-slate-700 dark:bg-slate-900'
          : 'sr-only'
      }
    >
      {openingCell ? `${openingCell}: opening the evidence…` : ''}
    </p>
  );
}
