import type { ReactNode } from 'react';
import { FictionalNote } from '@/app/ui/fictional-note';
import { SiteHeader } from '@/app/ui/site-header';
import { getDataset } from '@/lib/data';

/** The site's chrome: skip link, header and main landmark. Embeds live outside this group and have none. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <SiteHeader
        note={<FictionalNote fictional={getDataset().case.fictional} />}
        territory={getDataset().case.territory !== undefined}
      />
      <main id="main" className="mx-auto w-full max-w-7xl px-4 pb-20 pt-3">
        {children}
      </main>
    </>
  );
}
