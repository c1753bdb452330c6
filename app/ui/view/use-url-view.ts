'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toQueryString } from '@/lib/view/params';

type UrlViewDefinition<View, Ctx> = {
  parse: (params: URLSearchParams, ctx: Ctx) => { view: View; notices: string[] };
  serialize: (view: View, ctx: Ctx) => URLSearchParams;
};

/**
 * The view is the URL: this reads it with the route's one parser and writes it with the same definitions.
 * Each change pushes a history entry, so Back and Forward step through views; typing replaces instead.
 * Next.js applies a history change to useSearchParams in a transition, a frame or more later; until it lands, the
 * view just written is shown, so a control never flicks back to its old value.
 */
export function useUrlView<View, Ctx>(definition: UrlViewDefinition<View, Ctx>, ctx: Ctx) {
  const searchParams = useSearchParams();
  const { parse, serialize } = definition;
  const query = searchParams.toString();
  // The last view written, with the query it wrote: when Next.js catches up with that same query, the very same
  // view object is reused, so nothing derived from it is computed or drawn a second time.
  const [written, setWritten] = useState<{ view: View; query: string; from: string } | null>(null);
  const parsed = useMemo(() => {
    if (written && written.query === query) return { view: written.view, notices: [] as string[] };
    return parse(new URLSearchParams(query), ctx);
  }, [parse, query, ctx, written]);

  useEffect(() => {
    // Lets tests, and anything else, tell when the controls answer: clicks before hydration are lost.
    document.documentElement.dataset.hydrated = 'true';
  }, []);

  const queryRef = useRef(query);
  queryRef.current = query;
  const setView = useCallback(
    (next: View, options: { replace?: boolean } = {}) => {
      const nextQuery = toQueryString(serialize(next, ctx));
      setWritten({ view: next, query: new URLSearchParams(nextQuery).toString(), from: queryRef.current });
      const url = `${window.location.pathname}${nextQuery}`;
      if (options.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    },
    [serialize, ctx],
  );

  // Until Next.js applies the write, the URL it reports is the one the write started from: show the written view.
  const pending = written && written.from === query && written.query !== query ? written.view : null;
  return pending === null ? { ...parsed, setView } : { view: pending, notices: [] as string[], setView };
}
