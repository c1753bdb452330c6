'use client';

import { useState } from 'react';

export type CopyButtonProps = { text: string; label: string; copiedLabel?: string };

/** Copies text and says so in a live region; falls back to a prompt where the clipboard is not allowed. */
export function CopyButton({ text, label, copiedLabel = 'Copied' }: CopyButtonProps) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const value = text;
    try {
      await navigator.clipboard.writeText(value);
      setStatus(copiedLabel);
    } catch {
      window.prompt('Copy this:', value);
      setStatus('');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded border border-slate-500 px-2 py-1 text-sm font-semibold"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-green-800 dark:text-green-300">
        {status}
      </span>
    </span>
  );
}
