'use client';

import { citeViewText } from '@/lib/stances/citation';
import { CopyButton } from './copy-button';
import { useToday } from './use-today';

export type CiteViewProps = { title: string; url: string; sourceCount: number };

/** "Cite this view" in three lines: what it shows, its pinned link, and how many sources it rests on. */
export function CiteView({ title, url, sourceCount }: CiteViewProps) {
  const today = useToday();
  const text = citeViewText({ title, url, sourceCount }, today);
  return (
    <div className="space-y-1">
      <pre className="overflow-x-auto rounded border border-slate-300 bg-slate-50 p-2 text-xs whitespace-pre-wrap dark:border-slate-700 dark:bg-slate-900">
        {text}
      </pre>
      <CopyButton label="Copy citation" text={text} />
    </div>
  );
}
