'use client';

import { useOptimistic } from 'react';
import { toQueryString } from '@/lib/view/params';
import { isPlainClick, useNavigate } from '../view/view-navigation';

/** What a control's link needs: an address that works without JavaScript, and a click that answers at once. */
export type LinkProps = { href: string; onClick: (event: React.MouseEvent<HTMLAnchorElement>) => void };

/**
 * A route's controls: the view they show answers at once (optimistic), and each change writes the URL, which
 * the server renders. `serialize` is the route's one URL definition from lib/view.
 */
export function useViewControls<View>(view: View, path: string, serialize: (view: View) => URLSearchParams) {
  const [shown, setShown] = useOptimistic(view);
  const navigate = useNavigate();
  const hrefFor = (next: View) => `${path}${toQueryString(serialize(next))}`;
  const go = (next: View, options: { replace?: boolean } = {}) =>
    navigate(hrefFor(next), { ...options, optimistic: () => setShown(next) });
  /** A link to a view that also works without JavaScript; with it, the controls answer before the server does. */
  const linkProps = (next: View): LinkProps => ({
    href: hrefFor(next),
    onClick: (event: React.MouseEvent<HTMLAnchorElement>) => {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      go(next);
    },
  });
  return { shown, go, linkProps };
}
