import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { seriesLightColor } from '@/app/ui/territory/series-colors';
import { territoryFor } from '@/app/views/territory';
import { formatDate } from '@/lib/format/date';
import { ogText } from '@/lib/format/og-text';
import type { DailyModel } from '@/lib/territory/daily-range';
import { dayScale, yScale } from '@/lib/territory/scale';
import { OgFrame } from '../og-frame';
import { ogSize } from '../og-text';

const maxCards = 4;
const innerWidth = 1104;

/** The preview of a territory link: the month's figures side by side, the chosen range as a line, the credits. */
export function GET(request: NextRequest) {
  const territory = territoryFor(request.nextUrl.searchParams);
  if (!territory)
    return new ImageResponse(<OgFrame title="Territory" subtitle="No territorial figures" />, ogSize);
  const { model, data } = territory;
  const cards = model.panel.cards.slice(0, maxCards);
  const more = model.panel.cards.length - cards.length;
  const cardWidth = Math.floor((innerWidth - (cards.length - 1) * 16) / Math.max(cards.length, 1));
  const credits = [...new Set([...cards.map((c) => c.credit), ...(model.daily ? [model.daily.credit] : [])])];
  return new ImageResponse(
    <OgFrame
      title={`${model.panel.label}: territory held by ${data.holder} in ${data.region}, by source`}
      subtitle={`Each source's own figure, never merged${more > 0 ? ` (+${more} more in the full view)` : ''}`}
    >
      <div style={{ display: 'flex', marginTop: 22 }}>
        {cards.map((card, i) => (
          <div
            key={card.seriesId}
            style={{
              display: 'flex',
              flexDirection: 'column',
              width: cardWidth,
              marginLeft: i === 0 ? 0 : 16,
              padding: '12px 16px',
              border: '2px solid #cbd5e1',
              borderTop: `8px solid ${seriesLightColor(card.colorIndex)}`,
              borderRadius: 8,
            }}
          >
            <div style={{ display: 'flex', fontSize: 20, color: '#334155' }}>{ogText(card.name, 34)}</div>
            <div style={{ display: 'flex', fontSize: 46, fontWeight: 700, marginTop: 4 }}>
              {ogText(card.value, 18)}
            </div>
            <div style={{ display: 'flex', fontSize: 20, marginTop: 2 }}>
              {ogText(card.what.replace(' → ', ' to '), 40)}
            </div>
          </div>
        ))}
      </div>
      {model.daily && <Sparkline daily={model.daily} />}
      <div style={{ display: 'flex', fontSize: 17, marginTop: 'auto', color: '#334155' }}>
        {ogText(`Sources: ${credits.join('; ')}`, 250)}
      </div>
    </OgFrame>,
    ogSize,
  );
}

/** The chosen range as a line of change from its first day, with its dates and total change in words. */
function Sparkline({ daily }: { daily: DailyModel }) {
  const width = innerWidth;
  const height = 80;
  const y = yScale(daily.domain, height);
  const x = dayScale(daily.span, width);
  const points = daily.points.map((p) => `${x(p.day)},${y(p.change)}`).join(' ');
  return (
    <div style={{ display: 'flex', flexDirection: 'column', marginTop: 18 }}>
      <div style={{ display: 'flex', fontSize: 20 }}>
        {ogText(
          `${daily.name}, ${formatDate(daily.from)} to ${formatDate(daily.to)}: ${daily.changeValue}`,
          110,
        )}
      </div>
      <svg
        aria-hidden="true"
        width={width}
        height={height + 4}
        viewBox={`0 -2 ${width} ${height + 4}`}
        style={{ marginTop: 6 }}
      >
        <line x1={0} x2={width} y1={y(0)} y2={y(0)} stroke="#94a3b8" strokeWidth={1} />
        <polyline points={points} fill="none" stroke={seriesLightColor(daily.colorIndex)} strokeWidth={3} />
      </svg>
    </div>
  );
}
