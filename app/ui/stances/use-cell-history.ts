'use client';

import { useEffect, useState } from 'react';
import type { PositionView } from '@/lib/stances/stance-data';

export type CellHistoryState =
  | { status: 'idle' | 'loading' | 'error' }
  | { status: 'ready'; history: PositionView[] };

function isHistory(value: unknown): value is { history: PositionView[] } {
  // The answer comes from this app's own /evidence route; this checks its shape, not every field.
  return (
    typeof value === 'object' && value !== null && Array.isArray((value as { history?: unknown }).history)
  );
}

/**
 * The evidence of one cell, fetched when it is opened and kept for the rest of the visit. A cell opened by the
 * link itself arrives with the page, so its dialog is complete on first paint.
 */
export function useCellHistory(
  cell: { party: string; issue: string } | null,
  initial: { party: string; issue: string; history: PositionView[] } | undefined,
): CellHistoryState {
  const key = cell ? `${cell.party}:${cell.issue}` : null;
  const [loaded, setLoaded] = useState<Record<string, PositionView[]>>(() =>
    initial ? { [`${initial.party}:${initial.issue}`]: initial.history } : {},
  );
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (!cell || !key || loaded[key]) return;
    let cancelled = false;
    const query = new URLSearchParams({ party: cell.party, issue: cell.issue });
    fetch(`/evidence?${query}`)
      .then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
      )
      .then((body: unknown) => {
        if (cancelled) return;
        if (!isHistory(body)) throw new Error('unexpected answer');
        setLoaded((previous) => ({ ...previous, [key]: body.history }));
      })
      .catch(() => {
        if (!cancelled) setFailed(key);
      });
    return () => {
      cancelled = true;
    };
  }, [cell, key, loaded]);

  if (!key) return { status: 'idle' };
  const history = loaded[key];
  if (history) return { status: 'ready', history };
  return { status: failed === key ? 'error' : 'loading' };
}
