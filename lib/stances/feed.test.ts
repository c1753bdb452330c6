import { describe, expect, it } from 'vitest';
import { feedEntries } from './feed';
import { stanceDataOf } from './stance-data';
import { position, testData, testInput } from './test-data';

const data = testData();

describe('feedEntries', () => {
  it('lists first stances, changed stances and conflicting reports, newest first', () => {
    expect(feedEntries(data, { parties: [], issues: [] }).map((e) => [e.kind, e.position.id])).toEqual([
      ['new', 'ukraine-nato-2025-12-14'],
      ['changed', 'ukraine-nato-2025-12-14-c'],
      ['changed', 'united-states-donbas-2025-12-11'],
      ['new', 'russia-donbas-2025-12-04'],
      ['new', 'ukraine-donbas-2025-12-04'],
      ['new', 'ukraine-gas-2025-12-03'],
      ['new', 'russia-nato-2025-12-02'],
      ['new', 'united-states-donbas-2025-11-20'],
    ]);
  });

  it('says what changed, from what', () => {
    const changed = feedEntries(data, { parties: ['united-states'], issues: [] });
    expect(changed.map((e) => e.title)).toEqual([
      'US on Donbas: now Mixed or conditional (was Strongly supports)',
      'US on Donbas: first stance, Strongly supports',
    ]);
  });

  it('says a first or changed stance whose reports conflict is one, and keeps what changed in its title', () => {
    const conflicting = feedEntries(data, { parties: ['ukraine'], issues: ['nato'] });
    expect(conflicting.map((e) => e.title)).toEqual([
      'Ukraine on NATO membership: first stance, Supports',
      'Ukraine on NATO membership: now Mixed or conditional (was Supports); reports conflict',
    ]);
  });

  it('filters by party and by issue', () => {
    expect(feedEntries(data, { parties: ['russia'], issues: ['nato'] }).map((e) => e.position.id)).toEqual([
      'russia-nato-2025-12-02',
    ]);
  });

  it('leaves out a restatement of the same stance', () => {
    const restated = stanceDataOf(
      testInput([
        position('russia', 'donbas', '2025-12-04', 'strongly-supports'),
        position('russia', 'donbas', '2025-12-20', 'strongly-supports'),
      ]),
    );
    expect(feedEntries(restated, { parties: [], issues: [] }).map((e) => e.position.date)).toEqual([
      '2025-12-04',
    ]);
  });
});
