'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState } from 'react';
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
  const parsed = useMemo(
    () => parse(new URLSearchParams(searchParams.toString()), ctx),
    [parse, searchParams, ctx],
  );
  const [written, setWritten] = useState<{ view: View; from: typeof searchParams } | null>(null);

  useEffect(() => {
    // Lets tests, and anything else, tell when the controls answer: clicks before hydration are lost.
    document.documentElement.dataset.hydrated = 'true';
  }, []);

  const setView = useCallback(
    (next: View, options: { replace?: boolean } = {}) => {
      const url = `${window.location.pathname}${toQueryString(serialize(next, ctx))}`;
      setWritten({ view: next, from: searchParams });
      if (options.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    },
    [serialize, ctx, searchParams],
  );

  // Once the URL has moved on from where the write started, the URL is the truth again.
  const pending = written && written.from === searchParams ? written.view : null;
  return pending === null ? { ...parsed, setView } : { view: pending, notices: [] as string[], setView };
}
