'use client';

import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';

/**
 * The same object for as long as its content is the same. Each soft navigation hands the charts fresh objects, and
 * recharts recomputes everything it draws when its data is a new array, even an equal one: held by its content,
 * a chart whose data is unchanged (a unit switch: it always draws km², on one scale) is not drawn again.
 */
export function useSameContent<T>(value: T): T {
  const key = JSON.stringify(value);
  return useMemo(() => JSON.parse(key) as T, [key]);
}

/**
 * One function for the component's life that calls the latest `render`: a tooltip that reads the unit shown,
 * handed to recharts as a prop that never changes, so a unit switch leaves the chart's props as they were.
 */
export function useSteadyRender<P, R>(render: (props: P) => R): (props: P) => R {
  const latest = useRef(render);
  useLayoutEffect(() => {
    latest.current = render;
  });
  return useCallback((props: P) => latest.current(props), []);
}
