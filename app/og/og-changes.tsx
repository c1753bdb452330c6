import { ogText } from '@/lib/format/og-text';
import { plural } from '@/lib/format/plural';
import { type ChangesModel, noChangesText } from '@/lib/stances/changes';
import { cellKey } from '@/lib/stances/position-at';
import type { IssueRef, PartyRef } from '@/lib/stances/stance-data';
import { OgStance } from './og-stance';

export type OgChangesProps = {
  changes: ChangesModel;
  names: { parties: readonly PartyRef[]; issues: readonly IssueRef[] };
  /** The open cell, marked as in the grid. */
  open: string | null;
};

/** The height the list may take between the title and the legend. */
const listHeight = 330;
const lineHeight = 46;
const maxLines = Math.floor(listHeight / lineHeight);

/** The changes view in a preview image: "party on issue: before → after" for as many changed cells as fit. */
export function OgChanges({ changes, names, open }: OgChangesProps) {
  const partyName = new Map(names.parties.map((p) => [p.id, p.shortName]));
  const issueTitle = new Map(names.issues.map((i) => [i.id, i.title]));
  const all = changes.changes;
  // A "+N more" line takes the place of the last change rather than hiding one without saying so.
  const shown = all.length > maxLines ? all.slice(0, maxLines - 1) : all;
  const more = all.length - shown.length;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', marginTop: 18, height: listHeight }}>
      {all.length === 0 && (
        <div style={{ display: 'flex', fontSize: 26, marginTop: 12 }}>{noChangesText}</div>
      )}
      {shown.map((change) => {
        const key = cellKey(change.party, change.issue);
        const name = `${partyName.get(change.party) ?? change.party} on ${issueTitle.get(change.issue) ?? change.issue}`;
        return (
          <div
            key={key}
            style={{
              display: 'flex',
              alignItems: 'center',
              height: lineHeight,
              padding: '0 6px',
              border: key === open ? '4px solid #0f172a' : '4px solid transparent',
              borderRadius: 6,
            }}
          >
            <div style={{ display: 'flex', width: 520, fontSize: 24, fontWeight: 700 }}>
              {ogText(`${name}:`, 40)}
            </div>
            <OgStance stance={change.before?.stance} size="full" width={250} height={lineHeight - 12} />
            <div
              style={{ display: 'flex', width: 44, justifyContent: 'center', fontSize: 24, color: '#334155' }}
            >
              {'->'}
            </div>
            <OgStance stance={change.after?.stance} size="full" width={250} height={lineHeight - 12} />
          </div>
        );
      })}
      {more > 0 && (
        <div
          style={{
            display: 'flex',
            height: lineHeight,
            alignItems: 'center',
            // Aligned with the names above, which sit inside the open cell's frame.
            padding: '0 10px',
            fontSize: 24,
            color: '#334155',
          }}
        >
          {`+${plural(more, 'more change')} in the full view`}
        </div>
      )}
    </div>
  );
}
