import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import { dataFiles } from './dataset';
import { formatProblem } from './problems';
import { fixtureObjects, fixtureTexts } from './test-fixture';

function problemsOf(texts: Map<string, string>): string[] {
  const parsed = buildDataset(texts);
  if (parsed.ok) throw new Error('expected the dataset to be rejected');
  return parsed.problems.map(formatProblem);
}

describe('buildDataset', () => {
  it('accepts a valid dataset and keeps every record', () => {
    const parsed = buildDataset(fixtureTexts());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.parties.map((p) => p.id)).toEqual(['russia', 'ukraine']);
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

  it('names the path of an unknown party id', () => {
    const objects = fixtureObjects();
    objects.positions[0] = { ...objects.positions[0], party: 'atlantis' } as (typeof objects.positions)[0];
    expect(problemsOf(fixtureTexts(objects))).toEqual([
      'data/positions.json › [0].party: unknown party "atlantis"',
    ]);
  });

  it('reports evidence that cites a missing source', () => {
    const objects = fixtureObjects();
    const position = objects.positions[0];
    const evidence = position?.evidence[0];
    if (!position || !evidence) throw new Error('fixture changed');
    position.evidence = [{ ...evidence, source: 'no-such-source' }];
    expect(problemsOf(fixtureTexts(objects))).toEqual([
      'data/positions.json › [0].evidence[0].source: unknown source "no-such-source"',
    ]);
  });

  it('reports a duplicate id with where it was first used', () => {
    const objects = fixtureObjects();
    const first = objects.parties[0];
    if (!first) throw new Error('fixture changed');
    objects.parties.push({ ...first, speakers: [] });
    expect(problemsOf(fixtureTexts(objects))).toEqual([
      'data/parties.json › [2].id: duplicate party id "russia" (first used at [0].id)',
    ]);
  });

  it('rejects a date that does not exist', () => {
    const objects = fixtureObjects();
    const event = objects.events[0];
    if (!event) throw new Error('fixture changed');
    event.date = '2025-02-30';
    expect(problemsOf(fixtureTexts(objects))).toEqual([
      'data/events.json › [0].date: is not a real calendar date',
    ]);
  });

  it('rejects a negative gain in a gross monthly series', () => {
    const objects = fixtureObjects();
    const figure = objects.monthly.figures[0];
    if (!figure) throw new Error('fixture changed');
    figure.gainKm2 = -701;
    expect(problemsOf(fixtureTexts(objects))).toEqual([
      'data/territory/monthly-figures.json › figures[0].gainKm2: an area cannot be negative',
    ]);
  });

  it('rejects a negative area in the daily CSV', () => {
    const objects = fixtureObjects();
    objects.csvRows[1] = '2025-11-30,-5,1.0,1.0,1.0,19.869';
    expect(problemsOf(fixtureTexts(objects))).toEqual([
      'data/territory/daily.csv › line 3 (2025-11-30) › area: an area cannot be negative',
    ]);
  });

  it('rejects a position with no evidence', () => {
    const objects = fixtureObjects();
    const position = objects.positions[0];
    if (!position) throw new Error('fixture changed');
    position.evidence = [];
    expect(problemsOf(fixtureTexts(objects))).toEqual([
      'data/positions.json › [0].evidence: every position needs at least one piece of evidence',
    ]);
  });

  it('reports a missing file by name', () => {
    const texts = fixtureTexts();
    texts.delete(dataFiles.events);
    expect(problemsOf(texts)).toEqual(['data/events.json: file is missing']);
  });

  it('reports an unknown speaker', () => {
    const objects = fixtureObjects();
    const evidence = objects.positions[0]?.evidence[0];
    if (!evidence) throw new Error('fixture changed');
    evidence.speaker = 'nobody';
    expect(problemsOf(fixtureTexts(objects))).toEqual([
      'data/positions.json › [0].evidence[0].speaker: unknown speaker "nobody"',
    ]);
  });
});
