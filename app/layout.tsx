import type { Metadata, Viewport } from 'next';
import type { CSSProperties, ReactNode } from 'react';
import { siteMetadata } from '@/app/views/site';
import { stancePaletteVariables } from '@/lib/stances/palette';
import { HydrationMark } from './ui/view/hydration-mark';
import './globals.css';

export function generateMetadata(): Metadata {
  return siteMetadata();
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" style={stancePaletteVariables() as CSSProperties}>
      <body className="min-h-screen font-sans antialiased">
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
