'use client';

import { useEffect, useRef, useState } from 'react';
import { dashboardParam } from '@/lib/view/dashboard';

export type FilterFieldProps = {
  value: string;
  unmatched: string[];
  onChange: (value: string) => void;
};

/**
 * The issue filter: several words, any of which an issue may match. What is typed is kept while the field has
 * focus (the URL catches up a moment later); otherwise the field shows the URL's filter.
 */
export function FilterField({ value, unmatched, onChange }: FilterFieldProps) {
  const [typing, setTyping] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <div className="space-y-1">
      <label htmlFor="issue-filter" className="block font-semibold">
        Filter issues
      </label>
      <input
        id="issue-filter"
        type="search"
        name={dashboardParam.q}
        value={typing ?? value}
        placeholder="Words from the issues’ titles"
        aria-describedby={unmatched.length > 0 ? 'issue-filter-unmatched' : undefined}
        onChange={(event) => {
          const text = event.target.value;
          setTyping(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => onChange(text), 250);
        }}
        onBlur={() => {
          clearTimeout(timer.current);
          if (typing !== null && typing !== value) onChange(typing);
          setTyping(null);
        }}
        className="w-full rounded border border-slate-500 bg-white px-2 py-1 dark:bg-slate-900"
      />
      {unmatched.length > 0 && (
        <p id="issue-filter-unmatched" role="status" className="text-sm text-amber-900 dark:text-amber-200">
          No chosen issue matches {unmatched.map((t) => `“${t}”`).join(', ')}.
        </p>
      )}
    </div>
  );
}
