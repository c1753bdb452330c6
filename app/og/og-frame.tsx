import type { ReactNode } from 'react';
import { ogText } from '@/lib/format/og-text';
import { siteName } from '@/lib/view/site-name';

export type OgFrameProps = { title: string; subtitle: string; children?: ReactNode };

/** The common frame of every preview image: the name, the view's title and date, then what the view shows. */
export function OgFrame({ title, subtitle, children }: OgFrameProps) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        background: '#ffffff',
        padding: '36px 48px',
        color: '#0f172a',
      }}
    >
      <div style={{ display: 'flex', fontSize: 24, color: '#1e3a8a', fontWeight: 700 }}>{siteName}</div>
      <div style={{ display: 'flex', fontSize: 40, fontWeight: 700, marginTop: 6, lineHeight: 1.15 }}>
        {ogText(title, 100)}
      </div>
      <div style={{ display: 'flex', fontSize: 22, marginTop: 6, color: '#334155' }}>
        {ogText(subtitle, 110)}
      </div>
      {children}
    </div>
  );
}
