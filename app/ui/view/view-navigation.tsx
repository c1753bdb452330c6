'use client';

import { useRouter } from 'next/navigation';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useState,
  useTransition,
} from 'react';

type Navigate = (
  href: string,
  /** `cell`: the name of the cell whose evidence this navigation opens, shown while it is on its way. */
  options?: { replace?: boolean; optimistic?: () => void; cell?: string },
) => void;

type NavigationStatus = {
  /** True while the server renders the view a control or a link asked for. */
  pending: boolean;
  /** The name of a cell whose evidence was asked for and has not arrived yet. */
  openingCell: string | null;
};

// Two contexts, as they change at different rates: `navigate` never changes, so the controls that only navigate
// (the whole settings form) do not render again when a navigation starts or ends; only the status readers do.
const NavigateContext = createContext<Navigate | null>(null);
const StatusContext = createContext<NavigationStatus>({ pending: false, openingCell: null });

export function useNavigate(): Navigate {
  const navigate = useContext(NavigateContext);
  if (!navigate) throw new Error('useNavigate must be used inside <ViewNavigation>');
  return navigate;
}

export function useNavigationStatus(): NavigationStatus {
  return useContext(StatusContext);
}

/** Whether a click is the page's to handle; any other (a new tab, a download, another window) stays with the browser. */
export function isPlainClick(event: React.MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Every view is a URL the server renders. Links marked `data-view` and the controls navigate in a transition, so
 * the page stays responsive, shows that it is updating, and a control's own state changes at once (optimistic).
 * Without JavaScript the same links and forms are plain GET requests.
 */
export function ViewNavigation({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [openingCell, setOpeningCell] = useState<string | null>(null);

  const navigate = useCallback<Navigate>(
    (href, { replace = false, optimistic, cell } = {}) => {
      // Every navigation says which cell it opens, if any, so a later one never shows an earlier cell's notice.
      setOpeningCell(cell ?? null);
      startTransition(() => {
        optimistic?.();
        if (replace) router.replace(href, { scroll: false });
        else router.push(href, { scroll: false });
      });
    },
    [router],
  );

  const shownCell = pending ? openingCell : null;
  const status = useMemo(() => ({ pending, openingCell: shownCell }), [pending, shownCell]);

  const onClick = (event: React.MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || !isPlainClick(event) || !(event.target instanceof Element)) return;
    const link = event.target.closest<HTMLAnchorElement>('a[data-view]');
    // A cell link names its cell, which the evidence dialog shows at once while the evidence is on its way.
    const href = link?.getAttribute('href');
    if (!link || !href) return;
    event.preventDefault();
    navigate(href, { cell: link.dataset.cell });
  };

  return (
    <NavigateContext.Provider value={navigate}>
      <StatusContext.Provider value={status}>
        {/* Clicks bubble here from server-rendered links; keyboard activation of a link fires click too. */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: delegation only; the links themselves are the controls */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: links fire click on Enter, so no key handler is needed */}
        <div onClick={onClick}>{children}</div>
      </StatusContext.Provider>
    </NavigateContext.Provider>
  );
}

/**
 * Marks the part of the page a navigation replaces: a bar along its top, which stays in sight as the page scrolls,
 * and an announcement while the new view is on its way. The bar is always there and only takes its colour, so
 * showing it paints one thin box, where dimming the whole region repainted all of it on the click's first frame.
 * It shows only if the view takes longer than a blink.
 */
export function PendingRegion({ children, label }: { children: ReactNode; label: string }) {
  const { pending } = useNavigationStatus();
  return (
    <div aria-busy={pending}>
      <p role="status" className="sr-only">
        {pending ? `Updating ${label}…` : ''}
      </p>
      <div
        aria-hidden="true"
        data-pending={pending || undefined}
        className="pointer-events-none sticky top-0 z-30 -mb-1 h-1 rounded-full transition-colors delay-75 data-pending:bg-blue-700 dark:data-pending:bg-blue-300"
      />
      {children}
    </div>
  );
}
