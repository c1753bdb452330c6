'use client';

import { useEffect, useState } from 'react';

/**
 * The reader's date, for "accessed on" in citations. Read after hydration, so the server's HTML is the same for
 * every reader and any cache can keep it; until then citations leave the date out.
 */
export function useToday(): string | undefined {
  const [today, setToday] = useState<string>();
  useEffect(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    setToday(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
  }, []);
  return today;
}
