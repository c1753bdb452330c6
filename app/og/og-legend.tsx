import { stances } from '@/lib/schemas/closed-sets';
import { stancePalette } from '@/lib/stances/palette';
import { noPositionShortLabel, stanceAsciiSymbol, stanceLabel } from '@/lib/stances/scale';

/** The stance scale under a preview image's grid: the same colours, symbols and words as the page. */
export function OgLegend() {
  return (
    <div style={{ display: 'flex', marginTop: 18, fontSize: 18, alignItems: 'center', color: '#334155' }}>
      {stances.map((stance) => (
        <div key={stance} style={{ display: 'flex', alignItems: 'center', marginRight: 18 }}>
          <div
            style={{
              display: 'flex',
              padding: '2px 8px',
              borderRadius: 4,
              background: stancePalette[stance].fill,
              color: stancePalette[stance].text,
              fontWeight: 700,
              marginRight: 6,
            }}
          >
            {stanceAsciiSymbol[stance]}
          </div>
          {stanceLabel[stance]}
        </div>
      ))}
      <div style={{ display: 'flex', alignItems: 'center' }}>
        <div
          style={{
            display: 'flex',
            padding: '0px 8px',
            borderRadius: 4,
            border: '2px dashed #64748b',
            marginRight: 6,
          }}
        >
          {' '}
        </div>
        {noPositionShortLabel}
      </div>
    </div>
  );
}
