import { describe, expect, it } from 'vitest';
import { cellOutsideView } from './cell-outside';
import { type DashboardContext, defaultDashboardView } from './dashboard';

const ctx: DashboardContext = {
  partyIds: ['russia', 'ukraine', 'united-states', 'nato'],
  issueIds: ['donbas', 'nato-membership', 'frozen-assets'],
  defaultParties: ['russia', 'ukraine', 'united-states', 'nato'],
  dateRange: { min: '2025-11-15', max: '2025-12-31' },
};

describe('cellOutsideView', () => {
  const shown = { parties: ['russia', 'ukraine'], issues: ['donbas'] };
  const view = {
    ...defaultDashboardView(ctx),
    parties: ['russia', 'ukraine'],
    issues: ['donbas', 'nato-membership'],
    q: 'donbas',
  };

  it('is null without an open cell, or for a cell the view shows', () => {
    expect(cellOutsideView(view, shown)).toBeNull();
    expect(cellOutsideView({ ...view, cell: { party: 'russia', issue: 'donbas' } }, shown)).toBeNull();
  });

  it('names a party not chosen, and adds it to the view that shows the cell', () => {
    const cell = { party: 'nato', issue: 'donbas' };
    expect(cellOutsideView({ ...view, cell }, shown)).toEqual({
      outside: { party: true, issue: null, unchanged: false },
      showing: { ...view, cell, parties: ['russia', 'ukraine', 'nato'] },
    });
  });

  it('tells an issue the filter hides from one not chosen, clearing the filter for either', () => {
    const filtered = { party: 'russia', issue: 'nato-membership' };
    expect(cellOutsideView({ ...view, cell: filtered }, shown)).toEqual({
      outside: { party: false, issue: 'filtered', unchanged: false },
      showing: { ...view, cell: filtered, q: '' },
    });
    const unchosen = { party: 'united-states', issue: 'frozen-assets' };
    expect(cellOutsideView({ ...view, cell: unchosen }, shown)).toEqual({
      outside: { party: true, issue: 'chosen', unchanged: false },
      showing: {
        ...view,
        cell: unchosen,
        parties: ['russia', 'ukraine', 'united-states'],
        issues: ['donbas', 'nato-membership', 'frozen-assets'],
        q: '',
      },
    });
  });

  it('in the changes view, sends a cell that did not move to the matrix, keeping what else it adds', () => {
    const changesView = { ...view, mode: 'changes' as const };
    const shownCell = { party: 'russia', issue: 'donbas' };
    expect(cellOutsideView({ ...changesView, cell: shownCell }, shown, true)).toEqual({
      outside: { party: false, issue: null, unchanged: true },
      showing: { ...changesView, cell: shownCell, mode: 'matrix' },
    });
    const unchosen = { party: 'nato', issue: 'donbas' };
    expect(cellOutsideView({ ...changesView, cell: unchosen }, shown, true)?.showing).toEqual({
      ...changesView,
      cell: unchosen,
      mode: 'matrix',
      parties: ['russia', 'ukraine', 'nato'],
    });
    expect(cellOutsideView({ ...changesView, cell: shownCell }, shown, false)).toBeNull();
  });
});
