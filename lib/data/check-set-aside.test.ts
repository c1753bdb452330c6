import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import { dataFiles } from './dataset';
import { type FixtureObjects, fixtureTexts, fixtureWith, problemsOf } from './test-fixture';

function firstReport(o: FixtureObjects) {
  const report = o.setAside[0];
  if (!report) throw new Error('fixture changed');
  return report;
}

describe('reports set aside', () => {
  it('are read, kept apart from the positions, and handed to the pages with their reason', () => {
    const parsed = buildDataset(fixtureTexts());
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.reason).join('\n'));
    expect(parsed.value.setAside.map((r) => [r.id, r.rule, r.reason])).toEqual([
      [
        'e3-donbas-2025-12-08',
        'quote-only',
        'Calls the question hard without saying whether Ukraine should withdraw.',
      ],
    ]);
    expect(parsed.value.positions.map((p) => p.id)).toEqual(['russia-donbas-2025-12-04']);
  });

  it('may be absent or empty: then nothing was set aside', () => {
    const without = fixtureTexts();
    without.delete(dataFiles.setAside);
    const empty = fixtureWith((o) => {
      o.setAside.length = 0;
    });
    for (const texts of [without, empty]) {
      const parsed = buildDataset(texts);
      expect(parsed.ok && parsed.value.setAside).toEqual([]);
    }
  });

  it('refuses an unknown party, issue, speaker, source and rule, each with the nearest id', () => {
    const texts = fixtureWith((o) => {
      Object.assign(firstReport(o), {
        party: 'e4',
        issue: 'donbass',
        speaker: 'kier-starmer',
        source: 'afp-novv',
        rule: 'quote-onyl',
      });
    });
    expect(problemsOf(texts)).toEqual([
      'data/set-aside.json › e3-donbas-2025-12-08.party: unknown party "e4"; did you mean "e3"?',
      'data/set-aside.json › e3-donbas-2025-12-08.issue: unknown issue "donbass"; did you mean "donbas"?',
      'data/set-aside.json › e3-donbas-2025-12-08.speaker: unknown speaker "kier-starmer"; did you mean "starmer"?',
      'data/set-aside.json › e3-donbas-2025-12-08.source: unknown source "afp-novv"; did you mean "afp-nov"?',
      'data/set-aside.json › e3-donbas-2025-12-08.rule: unknown codebook rule "quote-onyl"; did you mean "quote-only"?',
    ]);
  });

  it('refuses a report without a reason, and one dated after the as-of date', () => {
    const texts = fixtureWith((o) => {
      const report = firstReport(o);
      report.reason = ' ';
      o.setAside.push({ ...report, id: 'e3-donbas-2030-01-01', date: '2030-01-01', reason: 'Later.' });
    });
    expect(problemsOf(texts)).toEqual([
      'data/set-aside.json › e3-donbas-2025-12-08.reason: must not be empty',
      "data/set-aside.json › e3-donbas-2030-01-01.date: 2030-01-01 is after the data's as-of date 2025-12-31 (case.json › asOf)",
    ]);
  });

  it('refuses two reports with one id', () => {
    const texts = fixtureWith((o) => {
      o.setAside.push({ ...firstReport(o), quote: 'Another sentence' });
    });
    expect(problemsOf(texts)).toEqual([
      'data/set-aside.json › [1].id: duplicate set-aside report id "e3-donbas-2025-12-08" (first used at [0].id)',
    ]);
  });
});
