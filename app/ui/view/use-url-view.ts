'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { toQueryString } from '@/lib/view/params';

type UrlViewDefinition<View, Ctx> = {
  parse: (params: URLSearchParams, ctx: Ctx) => { view: View; notices: string[] };
  serialize: (view: View, ctx: Ctx) => URLSearchParams;
};

/**
 * The view is the URL: this reads it with the route's one parser and writes it with the same definitions.
 * Pushing a history entry per change makes Back and Forward step through views; typing uses replace.
 */
export function useUrlView<View, Ctx>(definition: UrlViewDefinition<View, Ctx>, ctx: Ctx) {
  const searchParams = useSearchParams();
  const { parse, serialize } = definition;
  const parsed = useMemo(
    () => parse(new URLSearchParams(searchParams.toString()), ctx),
    [parse, searchParams, ctx],
  );
  const setView = useCallback(
    (next: View, options: { replace?: boolean } = {}) => {
      const url = `${window.location.pathname}${toQueryString(serialize(next, ctx))}`;
      if (options.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    },
    [serialize, ctx],
  );
  return { ...parsed, setView };
}
