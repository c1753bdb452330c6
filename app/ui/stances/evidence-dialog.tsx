'use client';

import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react';
import { useNavigate, useNavigationStatus } from '../view/view-navigation';

export type EvidenceDialogProps = {
  title: string;
  /** The view without the open cell. */
  closeHref: string;
  children: ReactNode;
};

const dialogClasses =
  'peer fixed inset-0 z-50 m-auto max-h-[90dvh] w-[min(48rem,calc(100vw-1rem))] overflow-y-auto rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The dialog's controls a Tab can reach, in order: not those hidden, as inside a closed <details>. */
function tabStops(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(focusable)].filter((el) =>
    el.checkVisibility({ visibilityProperty: true }),
  );
}

/**
 * The open cell's evidence, rendered by the server whenever the URL names a cell: an open dialog over a backdrop,
 * with a "Close" link, with or without JavaScript. With it, the dialog is modal by hand: focus moves in and stays
 * in (Tab wraps, and focus that lands behind the backdrop comes back), Escape and the backdrop close it, and focus
 * goes back to the cell. Not `showModal()`: making the rest of the page inert restyles the whole document, which
 * took 90–140 ms at 4× CPU, a third of opening a cell. Closing writes the view without the cell, so Back reopens
 * it and the address bar always shows what is on screen.
 */
export function EvidenceDialog({ title, closeHref, children }: EvidenceDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  const closeHrefRef = useRef(closeHref);
  closeHrefRef.current = closeHref;
  const close = useRef(() => {});
  /** Stops holding focus in the dialog. */
  const release = useRef(() => {});
  const opener = useRef<HTMLElement | null>(null);

  // Closed by Back or by another view rather than by its own controls: focus goes back to the cell. (A layout
  // effect: its cleanup runs while the dialog is still in the document, and may still hold focus.)
  useLayoutEffect(() => {
    const dialog = ref.current;
    // The element that opened the cell (a link of the matrix) still has focus as the evidence arrives.
    const active = document.activeElement;
    opener.current =
      active instanceof HTMLElement && active !== document.body && !dialog?.contains(active) ? active : null;
    return () => {
      release.current();
      if (dialog?.contains(document.activeElement) && opener.current?.isConnected) opener.current.focus();
    };
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close.current();
      } else if (event.key === 'Tab') {
        const stops = tabStops(dialog);
        const [first, last] = [stops[0], stops.at(-1)];
        const at = document.activeElement;
        // From outside the dialog's controls (the page, or the dialog itself after a click on its text), Tab
        // enters at one end; from either end it wraps to the other.
        const inside = at !== dialog && at instanceof Node && dialog.contains(at);
        let next: HTMLElement | undefined;
        if (!inside) next = event.shiftKey ? last : first;
        else if (event.shiftKey && at === first) next = last;
        else if (!event.shiftKey && at === last) next = first;
        if (next) {
          event.preventDefault();
          next.focus();
        }
      }
    };
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Node && !dialog.contains(event.target)) tabStops(dialog)[0]?.focus();
    };
    release.current = () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
    };
    close.current = () => {
      release.current();
      dialog.close();
      opener.current?.focus();
      navigate(closeHrefRef.current);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    tabStops(dialog)[0]?.focus();
    // Modal only from now on: before hydration and without JavaScript, nothing holds focus in it.
    dialog.setAttribute('aria-modal', 'true');
    return () => release.current();
  }, [navigate]);

  return (
    <>
      <dialog ref={ref} open aria-labelledby="evidence-title" className={dialogClasses}>
        <div className="space-y-4 p-4">
          <div className="flex items-start justify-between gap-4">
            <h2 id="evidence-title" className="text-lg font-semibold">
              {title}
            </h2>
            <a
              href={closeHref}
              onClick={(event) => {
                event.preventDefault();
                close.current();
              }}
              className="rounded border border-slate-500 px-2 py-1 text-sm text-slate-900 no-underline dark:text-slate-100"
            >
              Close
            </a>
          </div>
          {children}
        </div>
      </dialog>
      {/* The backdrop: it keeps pointers off the page behind, and a click on it closes the dialog. */}
      <div
        aria-hidden="true"
        onClick={() => close.current()}
        className="fixed inset-0 z-40 bg-black/50 peer-[:not([open])]:hidden"
      />
    </>
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
