'use client';

import dynamic from 'next/dynamic';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { chartHeight } from './chart-frame';
import type { DailyChartProps } from './daily-chart';
import type { MonthlyChartProps } from './monthly-chart';

// The chart library loads only when a chart comes near the screen; until it draws, the server's drawing stays.
const MonthlyChart = dynamic(() => import('./monthly-chart').then((m) => m.MonthlyChart), { ssr: false });
const DailyChart = dynamic(() => import('./daily-chart').then((m) => m.DailyChart), { ssr: false });

export function LazyMonthlyChart({ fallback, ...props }: MonthlyChartProps & { fallback: ReactNode }) {
  return (
    <WhenVisible fallback={fallback}>
      {(onReady) => <MonthlyChart {...props} onReady={onReady} />}
    </WhenVisible>
  );
}

export function LazyDailyChart({ fallback, ...props }: DailyChartProps & { fallback: ReactNode }) {
  return (
    <WhenVisible fallback={fallback}>{(onReady) => <DailyChart {...props} onReady={onReady} />}</WhenVisible>
  );
}

type WhenVisibleProps = { fallback: ReactNode; children: (onReady: () => void) => ReactNode };

/**
 * Draws a chart once it comes near the screen, over the server's drawing (the fallback), which stays until the
 * chart has drawn: the box keeps its height throughout, so nothing shifts.
 */
function WhenVisible({ fallback, children }: WhenVisibleProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const [ready, setReady] = useState(false);
  const onReady = useCallback(() => setReady(true), []);
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
  return (
    <div ref={ref} className="relative" style={{ minHeight: chartHeight }}>
      {!ready && <div className={visible ? 'absolute inset-x-0 top-0' : undefined}>{fallback}</div>}
      {visible && children(onReady)}
    </div>
  );
}
