'use client';

import { useMemo } from 'react';

/**
 * The same object for as long as its content is the same. Each soft navigation hands the charts fresh objects, and
 * recharts recomputes everything it draws when its data is a new array, even an equal one: held by its content,
 * a chart whose data is unchanged (a unit switch: it always draws km², on one scale) is not drawn again.
 */
export function useSameContent<T>(value: T): T {
  const key = JSON.stringify(value);
  return useMemo(() => JSON.parse(key) as T, [key]);
}
