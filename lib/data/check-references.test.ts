import { describe, expect, it } from 'vitest';
import { dataFiles } from './dataset';
import { type FixtureObjects, fixtureTexts, fixtureWith, problemsOf } from './test-fixture';

function firstEvidence(o: FixtureObjects) {
  const evidence = o.positions[0]?.evidence[0];
  if (!evidence) throw new Error('fixture changed');
  return evidence;
}

describe('references between files', () => {
  it('suggests the existing id for an unknown speaker id', () => {
    const texts = fixtureWith((o) => {
      const position = o.positions[0];
      if (!position) throw new Error('fixture changed');
      position.party = 'e3';
      firstEvidence(o).speaker = 'keir-starmer';
    });
    expect(problemsOf(texts)).toEqual([
      'data/positions.json › russia-donbas-2025-12-04.evidence[0].speaker: unknown speaker "keir-starmer"; did you mean "starmer"?',
    ]);
  });

  it('names an unknown party without a suggestion when nothing is close', () => {
    const texts = fixtureWith((o) => {
      const position = o.positions[0];
      if (position) position.party = 'atlantis';
    });
    expect(problemsOf(texts)).toEqual([
      'data/positions.json › russia-donbas-2025-12-04.party: unknown party "atlantis"',
    ]);
  });

  it('suggests the nearest issue id', () => {
    const texts = fixtureWith((o) => {
      const position = o.positions[0];
      if (position) position.issue = 'donbass';
    });
    expect(problemsOf(texts)).toEqual([
      'data/positions.json › russia-donbas-2025-12-04.issue: unknown issue "donbass"; did you mean "donbas"?',
    ]);
  });

  it('reports evidence that cites a missing source', () => {
    const texts = fixtureWith((o) => {
      firstEvidence(o).source = 'no-such-source';
    });
    expect(problemsOf(texts)).toEqual([
      'data/positions.json › russia-donbas-2025-12-04.evidence[0].source: unknown source "no-such-source"',
    ]);
  });

  it('reports a duplicate id by its place, with where it was first used', () => {
    const texts = fixtureWith((o) => {
      const first = o.parties[0];
      if (first) o.parties.push({ ...first, speakers: [] });
    });
    expect(problemsOf(texts)).toEqual([
      'data/parties.json › [4].id: duplicate party id "russia" (first used at [0].id)',
    ]);
  });

  it('checks that aliases lead to known ids, and lets a speaker alias name a speaker still to be imported', () => {
    const texts = fixtureTexts();
    texts.set(
      dataFiles.aliases,
      JSON.stringify({
        parties: { 'United Kingdom': 'uk' },
        issues: { 'Donbas withdrawal': 'donbas' },
        speakers: {
          'Kier Starmer': 'kier-starmer',
          'John Healey': 'healey',
          'Unnamed Ukrainian source': { id: 'ukrainian-source', party: 'ukrain' },
        },
      }),
    );
    expect(problemsOf(texts)).toEqual([
      'data/aliases.json › parties["United Kingdom"]: unknown party "uk"',
      'data/aliases.json › speakers["Kier Starmer"]: unknown speaker "kier-starmer"; did you mean "starmer"?',
      'data/aliases.json › speakers["Unnamed Ukrainian source"].party: unknown party "ukrain"; did you mean "ukraine"?',
    ]);
  });
});
