'use client';

import { useEffect } from 'react';

/** Tells tests, and anything else, that the page's controls answer: clicks before hydration are plain links. */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
