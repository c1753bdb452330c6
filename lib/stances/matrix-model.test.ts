import { describe, expect, it } from 'vitest';
import type { Stance } from '../schemas/position';
import { type DashboardContext, defaultDashboardView } from '../view/dashboard';
import { diffCells } from './diff';
import { buildMatrixModel } from './matrix-model';
import { historyByCell } from './position-at';
import type { PositionSummary, StanceData } from './stance-data';
import { viewRows } from './view-rows';

function position(
  party: string,
  issue: string,
  date: string,
  stance: Stance,
  extra: Partial<PositionSummary> = {},
): PositionSummary {
  return {
    id: `${party}-${issue}-${date}`,
    party,
    issue,
    date,
    stance,
    basis: 'stated',
    summary: 's',
    evidenceCount: 1,
    sourceIds: ['src'],
    ...extra,
  };
}

const data: StanceData = {
  sources: {
    src: { title: 'A report', publisher: 'P', publishedOn: '2025-12-01', url: 'https://example.org/a' },
  },
  parties: [
    { id: 'russia', name: 'Russia', shortName: 'Russia' },
    { id: 'ukraine', name: 'Ukraine', shortName: 'Ukraine' },
    { id: 'united-states', name: 'United States', shortName: 'US' },
  ],
  issues: [
    { id: 'donbas', title: 'Donbas', proposition: 'Ukraine withdraws from Donbas' },
    { id: 'nato-membership', title: 'NATO membership', proposition: 'Ukraine may join NATO' },
    { id: 'gas', title: 'Russian gas', proposition: 'The EU ends Russian gas imports' },
  ],
  positions: [
    position('russia', 'donbas', '2025-12-04', 'strongly-supports'),
    position('ukraine', 'donbas', '2025-12-04', 'strongly-opposes'),
    position('united-states', 'donbas', '2025-11-20', 'strongly-supports'),
    position('united-states', 'donbas', '2025-12-11', 'mixed'),
    position('russia', 'nato-membership', '2025-12-02', 'strongly-opposes'),
    position('ukraine', 'nato-membership', '2025-12-02', 'strongly-supports'),
    position('united-states', 'nato-membership', '2025-12-02', 'opposes', { conflict: 'reports differ' }),
  ],
  events: [],
  dateRange: { min: '2025-11-20', max: '2025-12-11' },
};
const ctx: DashboardContext = {
  partyIds: data.parties.map((p) => p.id),
  issueIds: data.issues.map((i) => i.id),
  dateRange: data.dateRange,
};

describe('buildMatrixModel', () => {
  it('shows the latest stance per cell and "no stated position" where there is none', () => {
    const model = buildMatrixModel(data, defaultDashboardView(ctx));
    expect(model.cells.get('united-states:donbas')?.position?.stance).toBe('mixed');
    expect(model.cells.get('united-states:donbas')?.history).toHaveLength(2);
    expect(model.cells.get('russia:gas')?.position).toBeUndefined();
  });

  it('shows the stance in force at the as-of date', () => {
    const model = buildMatrixModel(data, { ...defaultDashboardView(ctx), asOf: '2025-12-01' });
    expect(model.cells.get('united-states:donbas')?.position?.stance).toBe('strongly-supports');
    expect(model.cells.get('united-states:donbas')?.history).toHaveLength(1);
    expect(model.cells.get('russia:nato-membership')?.position).toBeUndefined();
  });

  it('flags NATO membership as divergent between Russia, Ukraine and the United States', () => {
    const model = buildMatrixModel(data, defaultDashboardView(ctx));
    expect(model.comparisons.get('nato-membership')).toEqual({
      level: 'diverge',
      distance: 4,
      known: 3,
      total: 3,
    });
    expect(model.comparisons.get('gas')?.level).toBe('unknown');
  });

  it('marks a cell whose evidence conflicts', () => {
    const model = buildMatrixModel(data, defaultDashboardView(ctx));
    expect(model.cells.get('united-states:nato-membership')?.conflicting).toBe(true);
    expect(model.cells.get('russia:nato-membership')?.conflicting).toBe(false);
  });

  it('keeps the reader’s party order and filters issues by text', () => {
    const model = buildMatrixModel(data, {
      ...defaultDashboardView(ctx),
      parties: ['ukraine', 'russia'],
      q: 'nato',
    });
    expect(model.parties.map((p) => p.id)).toEqual(['ukraine', 'russia']);
    expect(model.issues.map((i) => i.id)).toEqual(['nato-membership']);
  });

  it('sorts issues by divergence among the shown parties', () => {
    const model = buildMatrixModel(data, { ...defaultDashboardView(ctx), sort: 'divergence' });
    expect(model.issues.map((i) => i.id)).toEqual(['donbas', 'nato-membership', 'gas']);
    const twoParties = buildMatrixModel(data, {
      ...defaultDashboardView(ctx),
      parties: ['russia', 'united-states'],
      sort: 'divergence',
    });
    expect(twoParties.issues.map((i) => i.id)).toEqual(['donbas', 'nato-membership', 'gas']);
    expect(twoParties.comparisons.get('donbas')?.distance).toBe(2);
    expect(twoParties.comparisons.get('nato-membership')?.distance).toBe(1);
  });

  it('scores pairwise agreement with the number of issues it rests on', () => {
    const model = buildMatrixModel(data, defaultDashboardView(ctx));
    expect(model.agreement.get('russia|ukraine')).toEqual({ score: 0, sharedIssues: 2 });
    expect(model.agreement.get('russia|russia')).toEqual({ score: 100, sharedIssues: 2 });
  });
});

describe('a later report added to the data', () => {
  it('updates the latest view, the changes and the cell history with no code change', () => {
    const later = position('united-states', 'donbas', '2025-12-28', 'opposes');
    const updated: StanceData = {
      ...data,
      positions: [...data.positions, later],
      dateRange: { ...data.dateRange, max: '2025-12-28' },
    };
    const view = defaultDashboardView({ ...ctx, dateRange: updated.dateRange });
    const cell = buildMatrixModel(updated, view).cells.get('united-states:donbas');
    expect(cell?.position?.stance).toBe('opposes');
    expect(cell?.history.map((p) => p.date)).toEqual(['2025-11-20', '2025-12-11', '2025-12-28']);
    const changes = diffCells(
      historyByCell(updated.positions),
      ['united-states'],
      ['donbas'],
      '2025-12-11',
      '2025-12-28',
    );
    expect(changes.map((c) => [c.before?.stance, c.after?.stance])).toEqual([['mixed', 'opposes']]);
  });
});

describe('viewRows', () => {
  it('lists the shown cells in order, with the stance in force and its sources', () => {
    const view = {
      ...defaultDashboardView(ctx),
      parties: ['russia', 'ukraine'],
      issues: ['nato-membership', 'gas'],
    };
    const rows = viewRows(buildMatrixModel(data, view), data.sources);
    expect(rows.map((r) => [r.issueId, r.partyId, r.stance, r.agreement])).toEqual([
      ['nato-membership', 'russia', 'Strongly opposes', 'diverge'],
      ['nato-membership', 'ukraine', 'Strongly supports', 'diverge'],
      ['gas', 'russia', 'No stated position', 'unknown'],
      ['gas', 'ukraine', 'No stated position', 'unknown'],
    ]);
    expect(rows[0]?.sources).toEqual([
      {
        id: 'src',
        title: 'A report',
        publisher: 'P',
        publishedOn: '2025-12-01',
        url: 'https://example.org/a',
      },
    ]);
    expect(rows[2]?.sources).toEqual([]);
  });
});
