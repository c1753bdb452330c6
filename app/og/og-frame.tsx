import type { ReactNode } from 'react';
import { ogText } from './og-text';

export type OgFrameProps = { title: string; children: ReactNode };

/** The common frame of every preview image: the name, the view's title, then what the view shows. */
export function OgFrame({ title, children }: OgFrameProps) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        background: '#ffffff',
        padding: 48,
        color: '#0f172a',
      }}
    >
      <div style={{ display: 'flex', fontSize: 28, color: '#1e3a8a', fontWeight: 700 }}>Parley</div>
      <div style={{ display: 'flex', fontSize: 44, fontWeight: 700, marginTop: 12, lineHeight: 1.15 }}>
        {ogText(title, 110)}
      </div>
      {children}
    </div>
  );
}
