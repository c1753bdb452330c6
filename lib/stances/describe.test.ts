import { describe, expect, it } from 'vitest';
import { defaultDashboardView } from '../view/dashboard';
import { describeDashboardView } from './describe';
import { buildMatrixModel } from './matrix-model';
import type { StanceData } from './stance-data';

const data: StanceData = {
  sources: {},
  parties: [
    { id: 'russia', name: 'Russian Federation', shortName: 'Russia' },
    { id: 'ukraine', name: 'Ukraine', shortName: 'Ukraine' },
  ],
  issues: [{ id: 'nato', title: 'NATO membership', proposition: 'Ukraine may join NATO' }],
  positions: [
    {
      id: 'a',
      party: 'russia',
      issue: 'nato',
      date: '2025-12-02',
      stance: 'strongly-opposes',
      basis: 'stated',
      summary: 'No NATO.',
      evidenceCount: 1,
      sourceIds: [],
    },
    {
      id: 'b',
      party: 'ukraine',
      issue: 'nato',
      date: '2025-12-02',
      stance: 'strongly-supports',
      basis: 'stated',
      summary: 'NATO.',
      evidenceCount: 1,
      sourceIds: [],
    },
  ],
  events: [],
  dateRange: { min: '2025-12-02', max: '2025-12-02' },
};
const ctx = { partyIds: ['russia', 'ukraine'], issueIds: ['nato'], dateRange: data.dateRange };
const describeView = (patch: Partial<ReturnType<typeof defaultDashboardView>>) => {
  const view = { ...defaultDashboardView(ctx), ...patch };
  return describeDashboardView(data, view, buildMatrixModel(data, view));
};

describe('describeDashboardView', () => {
  it('names the compared parties and counts agreement', () => {
    expect(describeView({ mode: 'compare' })).toEqual({
      title: 'Russia and Ukraine compared on 1 issue',
      description:
        'They agree on 0, partly agree on 0 and diverge on 1 issue; 0 cannot be compared. Every stance is quoted and sourced.',
    });
  });

  it('describes one open cell by its stance', () => {
    expect(describeView({ cell: { party: 'russia', issue: 'nato' } }).title).toBe(
      'Russia on NATO membership: Strongly opposes',
    );
  });
});
