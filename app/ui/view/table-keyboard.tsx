'use client';

import { useEffect, useState } from 'react';

const moves: Record<
  string,
  (r: number, c: number, rows: number, cols: number, ctrl: boolean) => [number, number]
> = {
  ArrowUp: (r, c) => [r - 1, c],
  ArrowDown: (r, c) => [r + 1, c],
  ArrowLeft: (r, c) => [r, c - 1],
  ArrowRight: (r, c) => [r, c + 1],
  Home: (r, _c, _rows, _cols, ctrl) => [ctrl ? 0 : r, 0],
  End: (r, _c, rows, cols, ctrl) => [ctrl ? rows - 1 : r, cols - 1],
};

/** The focusable control of each body cell, row by row. */
function grid(table: HTMLTableElement): HTMLElement[][] {
  return Array.from(table.tBodies)
    .flatMap((body) => Array.from(body.rows))
    .map((row) =>
      Array.from(row.cells).flatMap((cell) => cell.querySelector<HTMLElement>('a[href], button') ?? []),
    )
    .filter((row) => row.length > 0);
}

export type TableKeyboardProps = {
  tableId: string;
  /** Show the focused cell's full text under the table (compact cells print only a short label). */
  describe?: boolean;
};

/**
 * Makes a server-rendered table one Tab stop: arrow keys, Home and End (with Ctrl, the table's corners) move
 * between its cells. Without JavaScript every cell link stays in the Tab order, so nothing is unreachable. A new
 * view drawn into the same table keeps the stop on the cell last focused or, if it is gone, on the first.
 */
export function TableKeyboard({ tableId, describe = false }: TableKeyboardProps) {
  const [line, setLine] = useState('');
  useEffect(() => {
    const table = document.getElementById(tableId);
    if (!(table instanceof HTMLTableElement)) return;
    let current: HTMLElement | undefined;
    const rove = () => {
      const all = grid(table).flat();
      if (!current || !all.includes(current)) current = all[0];
      for (const el of all) el.tabIndex = el === current ? 0 : -1;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const move = moves[event.key];
      if (!move || !(event.target instanceof HTMLElement)) return;
      const cells = grid(table);
      const r = cells.findIndex((row) => row.includes(event.target as HTMLElement));
      if (r < 0) return;
      const c = cells[r]?.indexOf(event.target) ?? 0;
      const [nr, nc] = move(r, c, cells.length, cells[r]?.length ?? 1, event.ctrlKey || event.metaKey);
      const row = cells[Math.min(Math.max(nr, 0), cells.length - 1)] ?? [];
      const next = row[Math.min(Math.max(nc, 0), row.length - 1)];
      if (!next) return;
      event.preventDefault();
      next.focus();
    };
    // Nothing is done at load: until focus first enters the table every cell is a Tab stop (the first one is
    // reached first); from then on only one is, and a new view drawn into the table keeps it so.
    const observer = new MutationObserver(rove);
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement) || !grid(table).flat().includes(event.target)) return;
      if (!current) observer.observe(table, { childList: true, subtree: true });
      current = event.target;
      rove();
      setLine(event.target.dataset.summary ?? event.target.getAttribute('aria-label') ?? '');
    };
    table.addEventListener('keydown', onKeyDown);
    table.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      table.removeEventListener('keydown', onKeyDown);
      table.removeEventListener('focusin', onFocusIn);
    };
  }, [tableId]);
  if (!describe) return null;
  return (
    <p aria-hidden="true" className="min-h-5 text-xs text-slate-700 dark:text-slate-300">
      {line || 'Arrow keys move between cells; Enter opens a cell’s evidence.'}
    </p>
  );
}
