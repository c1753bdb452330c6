'use client';

import { type ReactNode, useEffect, useRef, useState } from 'react';

export type WhenVisibleProps = { children: ReactNode; placeholder: ReactNode };

/**
 * Renders its children once they come near the screen: a chart below the fold then loads its library only when
 * a reader scrolls to it. The placeholder holds the same space, so nothing shifts.
 */
export function WhenVisible({ children, placeholder }: WhenVisibleProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || visible) return;
    if (typeof IntersectionObserver === 'undefined') {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
      },
      { rootMargin: '0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);
  return <div ref={ref}>{visible ? children : placeholder}</div>;
}
