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

type Navigate = (href: string, options?: { replace?: boolean; optimistic?: () => void }) => void;

type NavigationStatus = {
  /** True while the server renders the view a control or a link asked for. */
  pending: boolean;
  /** The name of the cell a reader last opened ("Party A on Water rights"), until another navigation starts. */
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

/** Whether a click should stay with the browser: a new tab, a download, another window. */
function isPlainClick(event: React.MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Every view is a URL the server renders. Links marked `data-view` and the controls navigate in a transition, so
 * the page stays responsive, shows that it is updating, and a control's own state changes at once (optimistic).
 * A link that opens a cell of the page (`data-cell`) only writes the URL. Without JavaScript the same links and
 * forms are plain GET requests.
 */
export function ViewNavigation({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [openingCell, setOpeningCell] = useState<string | null>(null);

  const navigate = useCallback<Navigate>(
    (href, { replace = false, optimistic } = {}) => {
      // A navigation elsewhere ends any cell's "opening" notice, so a later view never shows an earlier cell's.
      setOpeningCell(null);
      startTransition(() => {
        optimistic?.();
        if (replace) router.replace(href, { scroll: false });
        else router.push(href, { scroll: false });
      });
    },
    [router],
  );

  const status = useMemo(() => ({ pending, openingCell }), [pending, openingCell]);

  const onClick = (event: React.MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || !isPlainClick(event) || !(event.target instanceof Element)) return;
    const link = event.target.closest<HTMLAnchorElement>('a[data-view]');
    const href = link?.getAttribute('href');
    if (!link || !href) return;
    event.preventDefault();
    const cell = link.dataset.cell;
    if (cell && new URL(href, window.location.href).pathname === window.location.pathname) {
      // A cell of this page: the address changes (a history entry, so Back closes it) and the page stays as it
      // is; the evidence dialog reads the cell from the URL and fetches its evidence alone (<OpenedCell>).
      setOpeningCell(cell);
      window.history.pushState(null, '', href);
    } else navigate(href);
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
 * Marks the part of the page a navigation replaces: dimmed and announced while the new view is on its way. It is
 * always its own compositing layer: dimming it then only blends the layer, where otherwise the browser repaints
 * everything in it as the dimming starts and again as it ends (half the paint of a view change, measured).
 */
export function PendingRegion({ children, label }: { children: ReactNode; label: string }) {
  const { pending } = useNavigationStatus();
  return (
    <div
      aria-busy={pending}
      className={`will-change-[opacity]${pending ? ' opacity-60 transition-opacity delay-75' : ''}`}
    >
      <p role="status" className="sr-only">
        {pending ? `Updating ${label}…` : ''}
      </p>
      {children}
    </div>
  );
}
