'use client';

import { useCallback, useRef, useState } from 'react';

/**
 * The width a chart is drawn at, kept up to date as the window changes: a callback ref, so whichever element
 * ends up holding the chart is the one measured.
 */
export function useWidth(): [number, (node: HTMLDivElement | null) => void] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node) return;
    setWidth(node.getBoundingClientRect().width);
    observer.current = new ResizeObserver(() => setWidth(node.getBoundingClientRect().width));
    observer.current.observe(node);
  }, []);
  return [width, ref];
}
