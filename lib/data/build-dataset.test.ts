import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import { dataFiles } from './dataset';
import { fixtureDailyFile, fixtureTexts, fixtureWith, problemsOf } from './test-fixture';

describe('buildDataset', () => {
  it('accepts a valid dataset and keeps every record', () => {
    const parsed = buildDataset(fixtureTexts());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.parties.map((p) => p.id)).toEqual(['russia', 'ukraine', 'united-states', 'e3']);
    expect(parsed.value.sources).toHaveLength(2);
    expect(parsed.value.territory.daily?.rows).toHaveLength(2);
    expect(parsed.value.notices).toEqual([]);
  });

  it('names the file and the reason for invalid JSON', () => {
    const texts = fixtureTexts();
    texts.set(dataFiles.issues, '[{"id": "donbas",');
    const [problem] = problemsOf(texts);
    expect(problem).toMatch(/^data\/issues\.json: invalid JSON: /);
  });

  it('reports a missing file by name', () => {
    const texts = fixtureTexts();
    texts.delete(dataFiles.events);
    expect(problemsOf(texts)).toEqual(['data/events.json: file is missing']);
  });

  it('names a record by its id, not its place in the list', () => {
    const texts = fixtureWith((o) => {
      const event = o.events[0];
      if (event) event.date = '2025-02-30';
    });
    expect(problemsOf(texts)).toEqual([
      'data/events.json › kremlin-meeting.date: is not a real calendar date',
    ]);
  });

  it('reports every problem in one run, across files and within one, while a broken file still lets the others be checked', () => {
    const texts = fixtureWith((o) => {
      const position = o.positions[0];
      const evidence = position?.evidence[0];
      if (!position || !evidence) throw new Error('fixture changed');
      o.positions.push({
        ...position,
        id: 'russia-donbas-2025-12-05',
        date: '2025-12-05',
        evidence: [{ ...evidence, date: '2025-12-05', quote: 'x'.repeat(1_001) }],
      });
      evidence.speaker = 'putin';
      o.csvRows[1] = '2025-11-30,119935500000,1.0,1.0,1.0,25';
    });
    texts.set(dataFiles.issues, '[{"id": "donbas",');
    const [invalidJson, ...others] = problemsOf(texts);
    expect(invalidJson).toMatch(/^data\/issues\.json: invalid JSON: /);
    expect(others).toEqual([
      'data/positions.json › russia-donbas-2025-12-05.evidence[0].quote: is 1,001 characters long; a quote may have at most 1,000',
      `data/${fixtureDailyFile} › line 3 (2025-11-30) › percent: 25 disagrees with area ÷ 603,628 km² = 19.869 by more than 0.01 points`,
      'data/positions.json › russia-donbas-2025-12-04.evidence[0].speaker: unknown speaker "putin"; did you mean "vladimir-putin"?',
    ]);
  });
});
