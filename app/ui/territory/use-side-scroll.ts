'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * A box that scrolls sideways when `scrolls`: it opens at `opening` (again whenever that changes) and reports how
 * far it is scrolled once a scroll stops, not on every frame, since a chart that follows it is drawn again.
 */
export function useSideScroll(scrolls: boolean, opening: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolled, setScrolled] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element || !scrolls) return;
    element.scrollLeft = opening;
    setScrolled(element.scrollLeft);
  }, [scrolls, opening]);
  useEffect(() => {
    const element = ref.current;
    if (!element || !scrolls) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setScrolled(element.scrollLeft), 100);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      element.removeEventListener('scroll', onScroll);
    };
  }, [scrolls]);
  return [ref, scrolled] as const;
}
