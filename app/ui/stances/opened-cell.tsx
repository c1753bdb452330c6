'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { type ComponentType, useEffect, useState } from 'react';
import { dashboardParam } from '@/lib/view/dashboard';
import { viewPaths } from '@/lib/view/paths';
import { useNavigationStatus } from '../view/view-navigation';
import type { OpenedCellDialogProps } from './opened-cell-dialog';

type Ready = { Dialog: ComponentType<OpenedCellDialogProps> } & OpenedCellDialogProps;
type Load = Promise<Ready>;

// One request per cell and view for the life of the page, so Back and Forward reopen a cell at once. The dialog's
// code arrives with the first cell a reader opens, beside its evidence, not with the page.
const loads = new Map<string, Load>();

function load(query: string): Load {
  const known = loads.get(query);
  if (known) return known;
  const loading: Load = Promise.all([
    fetch(`${viewPaths.evidence}${query}`),
    import('./opened-cell-dialog'),
  ]).then(async ([response, module]) => {
    if (!response.ok) throw new Error(`${viewPaths.evidence} answered ${response.status}`);
    return { Dialog: module.OpenedCellDialog, open: module.parseOpenCell(await response.json()) };
  });
  loading.catch(() => loads.delete(query));
  loads.set(query, loading);
  return loading;
}

/**
 * The evidence of a cell opened on this page. The URL names the cell (a cell link wrote it, or Back and Forward
 * did); its evidence arrives alone from `/evidence`, not with the whole page again, which is what makes opening a
 * cell quick. A cell the page was served with is the server's own dialog (`serverCell`); this shows the others.
 */
export function OpenedCell({ serverCell }: { serverCell: string | null }) {
  const params = useSearchParams();
  const router = useRouter();
  const { openingCell } = useNavigationStatus();
  const cell = params.get(dashboardParam.cell);
  const query = `?${params.toString()}`;
  const wanted = cell !== null && cell !== serverCell;
  const [loaded, setLoaded] = useState<({ query: string } & Ready) | null>(null);

  // A pointer over a cell, or focus on one, usually comes before a click: the dialog's code loads then.
  useEffect(() => {
    const warm = (event: Event) => {
      if (!(event.target instanceof Element) || !event.target.closest('a[data-cell]')) return;
      stop();
      import('./opened-cell-dialog').catch(() => {});
    };
    const stop = () => {
      document.removeEventListener('pointerover', warm);
      document.removeEventListener('focusin', warm);
    };
    document.addEventListener('pointerover', warm, { passive: true });
    document.addEventListener('focusin', warm);
    return stop;
  }, []);

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    load(query).then(
      ({ Dialog, open }) => live && setLoaded({ query, Dialog, open }),
      // The evidence did not arrive as expected: the server renders the page with the cell open instead.
      () => live && router.refresh(),
    );
    return () => {
      live = false;
    };
  }, [wanted, query, router]);

  const shown = wanted && loaded?.query === query ? loaded : null;
  return (
    <>
      <OpeningCellNotice name={wanted && !shown ? (openingCell ?? 'The cell') : null} />
      {shown && <shown.Dialog open={shown.open} />}
    </>
  );
}

/**
 * While a cell's evidence is on its way, its name shows at once. A status, not a dialog: it takes no focus, so the
 * evidence dialog that follows returns focus to the cell when it closes.
 */
function OpeningCellNotice({ name }: { name: string | null }) {
  return (
    <p
      role="status"
      className={
        name
          ? 'fixed inset-x-0 top-1/3 z-50 mx-auto w-fit max-w-[calc(100vw-2rem)] rounded-lg border border-slate-300 bg-white px-4 py-3 shadow-xl dark:border-slate-700 dark:bg-slate-900'
          : 'sr-only'
      }
    >
      {name ? `${name}: opening the evidence…` : ''}
    </p>
  );
}
