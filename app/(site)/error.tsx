'use client';

import Link from 'next/link';

/** Shown when a page fails on the server: a plain apology and a way on, never a stack trace. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p>This view could not be shown. Nothing you chose is lost: the address still holds it.</p>
      {error.digest && (
        <p className="text-sm text-slate-600 dark:text-slate-400">Reference: {error.digest}</p>
      )}
      <p className="flex gap-4">
        <button type="button" onClick={reset} className="rounded border border-slate-500 px-2 py-1">
          Try again
        </button>
        <Link href="/">Start again from the default view</Link>
      </p>
    </div>
  );
}
