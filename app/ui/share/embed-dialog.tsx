'use client';

import { useRef, useState } from 'react';
import { CopyButton } from './copy-button';

export type EmbedDialogProps = { title: string; src: string };

/** Gives the iframe code for this view's embed, which other sites are allowed to frame. */
export function EmbedDialog({ title, src }: EmbedDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [code, setCode] = useState('');
  const open = () => {
    const escapedTitle = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    setCode(
      `<iframe src="${src}" title="${escapedTitle}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`,
    );
    ref.current?.showModal();
  };
  return (
    <>
      <button
        type="button"
        onClick={open}
        className="rounded border border-slate-500 px-2 py-1 text-sm font-semibold"
      >
        Embed
      </button>
      <dialog
        ref={ref}
        aria-labelledby="embed-title"
        className="m-auto w-[min(40rem,calc(100vw-1rem))] rounded-lg bg-white p-4 text-slate-900 shadow-xl backdrop:bg-black/50 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="space-y-3">
          <h2 id="embed-title" className="text-lg font-semibold">
            Embed this view
          </h2>
          <p className="text-sm">
            Paste this code into your page. The embed shows this view without Parley’s menus.
          </p>
          <textarea
            readOnly
            value={code}
            aria-label="Embed code"
            rows={4}
            className="w-full rounded border border-slate-400 bg-white p-2 font-mono text-xs dark:bg-slate-950"
          />
          <div className="flex justify-between">
            <CopyButton label="Copy code" text={code} />
            <button
              type="button"
              onClick={() => ref.current?.close()}
              className="rounded border border-slate-400 px-2 py-1 text-sm"
            >
              Close
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
