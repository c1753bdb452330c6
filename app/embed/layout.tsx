import type { ReactNode } from 'react';
import { FictionalNote } from '@/app/ui/fictional-note';
import { getDataset } from '@/lib/data';

/** Embeds: one view, no site chrome. Other sites may frame these pages (see proxy.ts). */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <main className="p-3">
      <FictionalNote fictional={getDataset().case.fictional} />
      {children}
    </main>
  );
}
