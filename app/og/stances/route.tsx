import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { getStanceView } from '@/lib/data/stance-view';
import type { Stance } from '@/lib/schemas/closed-sets';
import { describeDashboardView } from '@/lib/stances/describe';
import { cellKey } from '@/lib/stances/position-at';
import { OgFrame } from '../og-frame';
import { ogSize, ogText } from '../og-text';

const swatch: Record<Stance, { bg: string; fg: string; mark: string }> = {
  'strongly-opposes': { bg: '#b35806', fg: '#ffffff', mark: '--' },
  opposes: { bg: '#f1a340', fg: '#000000', mark: '-' },
  mixed: { bg: '#d9d9d9', fg: '#000000', mark: '+/-' },
  supports: { bg: '#8fb8de', fg: '#000000', mark: '+' },
  'strongly-supports': { bg: '#2166ac', fg: '#ffffff', mark: '++' },
};

/** The preview image of a dashboard link: its title and the stances it shows, as a small grid. */
export function GET(request: NextRequest) {
  const { data, view, model } = getStanceView(request.nextUrl.searchParams);
  const { title, description } = describeDashboardView(data, view, model);
  const parties = model.parties.slice(0, 6);
  const issues = view.cell ? model.issues.filter((i) => i.id === view.cell?.issue) : model.issues.slice(0, 6);
  return new ImageResponse(
    <OgFrame title={title}>
      <div style={{ display: 'flex', flexDirection: 'column', marginTop: 28 }}>
        <div style={{ display: 'flex' }}>
          <div style={{ display: 'flex', width: 300 }} />
          {parties.map((p) => (
            <div key={p.id} style={{ display: 'flex', width: 140, fontSize: 22, fontWeight: 700 }}>
              {ogText(p.shortName, 14)}
            </div>
          ))}
        </div>
        {issues.map((issue) => (
          <div key={issue.id} style={{ display: 'flex', marginTop: 8, alignItems: 'center' }}>
            <div style={{ display: 'flex', width: 300, fontSize: 22 }}>{ogText(issue.title, 26)}</div>
            {parties.map((party) => {
              const stance = model.cells.get(cellKey(party.id, issue.id))?.position?.stance;
              const s = stance ? swatch[stance] : undefined;
              return (
                <div
                  key={party.id}
                  style={{
                    display: 'flex',
                    width: 128,
                    height: 40,
                    marginRight: 12,
                    alignItems: 'center',
                    justifyContent: 'center',
                    fontSize: 22,
                    fontWeight: 700,
                    background: s ? s.bg : '#ffffff',
                    color: s ? s.fg : '#475569',
                    border: s ? 'none' : '2px dashed #94a3b8',
                    borderRadius: 6,
                  }}
                >
                  {s ? s.mark : 'none'}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {view.cell && (
        <div style={{ display: 'flex', fontSize: 26, marginTop: 28, color: '#334155', lineHeight: 1.3 }}>
          {ogText(description, 220)}
        </div>
      )}
    </OgFrame>,
    { ...ogSize, headers: { 'cache-control': 'public, max-age=3600' } },
  );
}
