'use client';

import { useEffect, useRef } from 'react';

export type MoreRowsProps = { remaining: number; what: string; onMore: () => void };

/** Draws the next rows when scrolled into view, or when pressed: the table grows as the reader goes. */
export function MoreRows({ remaining, what, onMore }: MoreRowsProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const button = ref.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onMore();
    });
    observer.observe(button);
    return () => observer.disconnect();
  }, [onMore]);
  return (
    <button ref={ref} type="button" onClick={onMore} className="w-full p-2 text-sm underline">
      Show more ({remaining} {what} not drawn yet)
    </button>
  );
}
