import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { dashboardFor } from '@/app/views/dashboard';
import { formatDate } from '@/lib/format/date';
import { ogText } from '@/lib/format/og-text';
import { plural } from '@/lib/format/plural';
import { cellKey } from '@/lib/stances/position-at';
import { OgChanges } from '../og-changes';
import { OgFrame } from '../og-frame';
import { OgLegend } from '../og-legend';
import { OgStance } from '../og-stance';
import { ogSize } from '../og-text';

const maxParties = 6;
const maxIssues = 7;
/** The height the grid may take between the title and the legend. */
const gridHeight = 330;

/**
 * The preview image of a dashboard link: its title, the stances it shows as a grid (or, in the changes view, the
 * cells that moved), the open cell marked.
 */
export function GET(request: NextRequest) {
  const { data, model, view, description, changes } = dashboardFor(request.nextUrl.searchParams);
  const open = view.cell ? cellKey(view.cell.party, view.cell.issue) : null;
  const evidenceTo = `Evidence to ${formatDate(data.latestEvidence)}`;
  if (changes) {
    return new ImageResponse(
      <OgFrame
        title={description.title}
        subtitle={`${plural(changes.changes.length, 'stance')} changed · ${evidenceTo}`}
      >
        <OgChanges changes={changes} names={data} open={open} />
        <OgLegend />
      </OgFrame>,
      ogSize,
    );
  }
  const parties = model.parties.slice(0, maxParties);
  const issues = model.issues.slice(0, maxIssues);
  const moreParties = model.parties.length - parties.length;
  const moreIssues = model.issues.length - issues.length;
  const rowHeight = Math.min(64, Math.floor(gridHeight / Math.max(issues.length + 1, 2)));
  const columnWidth = Math.floor(760 / Math.max(parties.length, 1));
  const more = [
    moreParties > 0 ? `+${plural(moreParties, 'more party', 'more parties')}` : '',
    moreIssues > 0 ? `+${plural(moreIssues, 'more issue')}` : '',
  ].filter(Boolean);
  // The title already gives the view's date; the subtitle says how far the evidence reaches, as the page does.
  const subtitle = [evidenceTo, more.length ? `${more.join(', ')} in the full view` : ''].filter(Boolean);
  return new ImageResponse(
    <OgFrame title={description.title} subtitle={subtitle.join(' · ')}>
      <div style={{ display: 'flex', flexDirection: 'column', marginTop: 18 }}>
        <div style={{ display: 'flex', height: rowHeight, alignItems: 'flex-end' }}>
          <div style={{ display: 'flex', width: 340 }} />
          {parties.map((p) => (
            <div key={p.id} style={{ display: 'flex', width: columnWidth, fontSize: 24, fontWeight: 700 }}>
              {ogText(p.shortName, 14)}
            </div>
          ))}
        </div>
        {issues.map((issue) => (
          <div key={issue.id} style={{ display: 'flex', height: rowHeight, alignItems: 'center' }}>
            <div style={{ display: 'flex', width: 340, fontSize: 24 }}>{ogText(issue.title, 26)}</div>
            {parties.map((party) => {
              const key = cellKey(party.id, issue.id);
              const stance = model.cells.get(key)?.position?.stance;
              return (
                <OgStance
                  key={party.id}
                  stance={stance}
                  size="short"
                  width={columnWidth - 12}
                  height={rowHeight - 10}
                  marginRight={12}
                  framed={key === open}
                />
              );
            })}
          </div>
        ))}
      </div>
      <OgLegend />
    </OgFrame>,
    ogSize,
  );
}
