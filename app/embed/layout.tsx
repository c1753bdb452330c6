import type { ReactNode } from 'react';

/** Embeds: one view, no site chrome. Other sites may frame these pages (see proxy.ts). */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <main className="p-3">{children}</main>;
}
