import { describe, expect, it } from 'vitest';
import { changeRowSources, changeRows } from './change-rows';
import { buildChanges } from './changes';
import { stanceDataOf } from './stance-data';
import { testData, testInput, testPositions } from './test-data';

const data = testData();
const shown = { parties: data.parties, issues: data.issues };

describe('changeRows', () => {
  it('holds one row per changed cell, in the order the changes are listed, with both dates’ stances', () => {
    const changes = buildChanges(data, shown, { from: '2025-11-30', asOf: '2025-12-05' });
    const rows = changeRows(changes, data);
    expect(rows.map((r) => `${r.issue_id}:${r.party_id}`)).toEqual(
      changes.changes.map((c) => `${c.issue}:${c.party}`),
    );
    expect(rows.map((r) => `${r.party} on ${r.issue}`)).toEqual([
      'Russia on Donbas',
      'Ukraine on Donbas',
      'Russia on NATO membership',
      'Ukraine on Russian gas',
    ]);
    expect(rows[0]).toEqual({
      issue_id: 'donbas',
      issue: 'Donbas',
      party_id: 'russia',
      party: 'Russia',
      from: '2025-11-30',
      to: '2025-12-05',
      stance_before: 'No statement in our sources',
      stance_value_before: null,
      basis_before: null,
      date_before: null,
      summary_before: null,
      conflict_before: null,
      note_before: null,
      statements_before: [],
      sources_before: [],
      stance_after: 'Strongly supports',
      stance_value_after: 2,
      basis_after: 'Stated by the party',
      date_after: '2025-12-04',
      summary_after: 'russia strongly-supports on donbas.',
      conflict_after: null,
      note_after: null,
      statements_after: ['Leader of Russia, Leader, 4 December 2025: “russia said so”.'],
      sources_after: [expect.objectContaining({ id: 'report', url: 'https://example.org/report' })],
    });
  });

  it('gives the stance that was in force on the earlier date, with its own date and sources', () => {
    const rows = changeRows(buildChanges(data, shown, { from: null, asOf: null }), data);
    expect(rows.map((r) => `${r.party_id}:${r.issue_id}`)).toEqual(['united-states:donbas', 'ukraine:nato']);
    expect(rows[0]).toMatchObject({
      from: '2025-12-10',
      to: '2025-12-31',
      stance_before: 'Strongly supports',
      stance_value_before: 2,
      date_before: '2025-11-20',
      summary_before: 'united-states strongly-supports on donbas.',
      stance_after: 'Mixed or conditional',
      stance_value_after: 0,
      date_after: '2025-12-11',
    });
    expect(rows[1]).toMatchObject({ conflict_after: 'Two reports of the day differ.', note_after: null });
    expect(rows[0]?.sources_before.map((s) => s.id)).toEqual(['report']);
  });

  it('follows the order of the shown issues, as the page does', () => {
    const reversed = { parties: data.parties, issues: [...data.issues].reverse() };
    const rows = changeRows(buildChanges(data, reversed, { from: '2025-11-30', asOf: '2025-12-05' }), data);
    expect(rows.map((r) => r.issue_id)).toEqual(['gas', 'nato', 'donbas', 'donbas']);
  });

  it('lists every source behind either date once, the earlier date’s first', () => {
    const wire = (quote: string) => ({
      quote,
      quoteKind: 'verbatim' as const,
      speaker: 'united-states-leader',
      source: 'wire',
      date: '2025-11-20',
    });
    const input = testInput(
      testPositions().map((p) =>
        p.id === 'united-states-donbas-2025-11-20' ? { ...p, evidence: [wire('Yes.'), wire('Surely.')] } : p,
      ),
    );
    input.sources.push({
      id: 'wire',
      title: 'A wire',
      publisher: 'An agency',
      publishedOn: '2025-11-20',
      url: 'https://example.org/wire',
      kind: 'news-report',
    });
    const wired = stanceDataOf(input);
    const rows = changeRows(buildChanges(wired, shown, { from: null, asOf: null }), wired);
    expect(rows[0]?.sources_before.map((s) => s.id)).toEqual(['wire']);
    expect(rows[0]?.sources_after.map((s) => s.id)).toEqual(['report']);
    expect(changeRowSources(rows).map((s) => s.id)).toEqual(['wire', 'report']);
  });

  it('is empty, with no sources, when nothing moved', () => {
    const rows = changeRows(buildChanges(data, shown, { from: '2025-12-20', asOf: '2025-12-31' }), data);
    expect(rows).toEqual([]);
    expect(changeRowSources(rows)).toEqual([]);
  });
});
