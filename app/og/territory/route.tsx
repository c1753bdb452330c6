import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { getTerritoryView } from '@/lib/data/territory-view';
import { headlineFigures } from '@/lib/territory/headline';
import { OgFrame } from '../og-frame';
import { ogSize, ogText } from '../og-text';

/** The preview image of a territory link: the headline month by each source, side by side and never merged. */
export function GET(request: NextRequest) {
  const { data, view } = getTerritoryView(request.nextUrl.searchParams);
  const { month, figures } = headlineFigures(data, view.unit);
  return new ImageResponse(
    <OgFrame title={`Territory: ${month}, by source`}>
      <div style={{ display: 'flex', marginTop: 40 }}>
        {figures.map((f) => (
          <div
            key={f.label}
            style={{
              display: 'flex',
              flexDirection: 'column',
              width: 340,
              padding: 20,
              border: '2px solid #cbd5e1',
              borderRadius: 8,
              marginRight: 20,
            }}
          >
            <div style={{ display: 'flex', fontSize: 22 }}>{ogText(f.label, 30)}</div>
            <div style={{ display: 'flex', fontSize: 46, fontWeight: 700, marginTop: 6 }}>
              {ogText(f.value, 20)}
            </div>
            <div style={{ display: 'flex', fontSize: 20, marginTop: 6, color: '#334155' }}>
              {ogText(f.note, 60)}
            </div>
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', fontSize: 20, marginTop: 40, color: '#334155' }}>
        AFP counts areas Russia claims too. Source: The Economist, from ISW / Critical Threats Project data
        (CC BY 4.0); AFP; DeepState.
      </div>
    </OgFrame>,
    { ...ogSize, headers: { 'cache-control': 'public, max-age=3600' } },
  );
}
