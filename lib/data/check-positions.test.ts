import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import { type FixtureObjects, fixtureWith, problemsOf } from './test-fixture';

function firstPosition(o: FixtureObjects) {
  const position = o.positions[0];
  const evidence = position?.evidence[0];
  if (!position || !evidence) throw new Error('fixture changed');
  return { position, evidence };
}

describe('positions a reader may see', () => {
  it('refuses a draft whose stance is not coded yet', () => {
    const texts = fixtureWith((o) => {
      firstPosition(o).position.stance = null;
    });
    expect(problemsOf(texts)).toEqual([
      'data/positions.json › russia-donbas-2025-12-04.stance: position russia-donbas-2025-12-04: stance not coded yet',
    ]);
  });

  it("refuses a coded position whose summary is still the import's draft", () => {
    const texts = fixtureWith((o) => {
      firstPosition(o).position.summary = '[Draft: rewrite in your own words] Demands the withdrawal.';
    });
    expect(problemsOf(texts)).toEqual([
      "data/positions.json › russia-donbas-2025-12-04.summary: is still the import's draft; write the summary in your own words",
    ]);
  });

  it('refuses a position dated after all of its evidence', () => {
    const texts = fixtureWith((o) => {
      firstPosition(o).position.date = '2025-12-10';
    });
    expect(problemsOf(texts)).toEqual([
      'data/positions.json › russia-donbas-2025-12-04.date: 2025-12-10 is later than all of its evidence (latest 2025-12-04); a position is dated by its latest evidence',
    ]);
  });

  it('refuses a position whose evidence is only an outlet’s context', () => {
    const texts = fixtureWith((o) => {
      firstPosition(o).evidence.quoteKind = 'context';
    });
    expect(problemsOf(texts)).toEqual([
      "data/positions.json › russia-donbas-2025-12-04.evidence: has only context, which is nobody's statement; a position needs a quote or paraphrase of what was said",
    ]);
  });

  it('refuses evidence dated after its position', () => {
    const texts = fixtureWith((o) => {
      firstPosition(o).evidence.date = '2025-12-05';
    });
    expect(problemsOf(texts)).toEqual([
      "data/positions.json › russia-donbas-2025-12-04.evidence[0].date: evidence dated 2025-12-05 is later than its position's date 2025-12-04",
    ]);
  });

  it('refuses Putin as the speaker of a US position that is not marked as reported', () => {
    const texts = fixtureWith((o) => {
      const { position } = firstPosition(o);
      position.id = 'united-states-donbas-2025-12-04';
      position.party = 'united-states';
    });
    expect(problemsOf(texts)).toEqual([
      'data/positions.json › united-states-donbas-2025-12-04.evidence[0].speaker: vladimir-putin speaks for russia, not united-states; a position known only from another party\'s words has basis "reported"',
    ]);
  });

  it('accepts another party as the speaker when the position is reported', () => {
    const texts = fixtureWith((o) => {
      const { position } = firstPosition(o);
      position.party = 'united-states';
      position.basis = 'reported';
    });
    expect(buildDataset(texts).ok).toBe(true);
  });

  it('refuses a rule that is not in the codebook, suggesting the nearest', () => {
    const texts = fixtureWith((o) => {
      firstPosition(o).position.rule = 'quote-onyl';
    });
    expect(problemsOf(texts)).toEqual([
      'data/positions.json › russia-donbas-2025-12-04.rule: unknown codebook rule "quote-onyl"; did you mean "quote-only"?',
    ]);
  });

  it('refuses a coded position without the rule that decided it or a rationale, and says why', () => {
    const texts = fixtureWith((o) => {
      const { position } = firstPosition(o);
      Object.assign(position, { rule: undefined, rationale: undefined });
    });
    expect(problemsOf(texts)).toEqual([
      'data/positions.json › russia-donbas-2025-12-04.rule: a coded position needs the codebook rule that decided its stance',
      'data/positions.json › russia-donbas-2025-12-04.rationale: a coded position needs a rationale: why this stance, from the quote',
    ]);
  });

  it('accepts a draft without a rule or rationale, refusing it only because it is not coded yet', () => {
    const texts = fixtureWith((o) => {
      const { position } = firstPosition(o);
      Object.assign(position, { stance: null, rule: undefined, rationale: undefined });
    });
    expect(problemsOf(texts)).toEqual([
      'data/positions.json › russia-donbas-2025-12-04.stance: position russia-donbas-2025-12-04: stance not coded yet',
    ]);
  });

  it('refuses a 5-million-character quote', () => {
    const texts = fixtureWith((o) => {
      firstPosition(o).evidence.quote = 'a'.repeat(5_000_000);
    });
    expect(problemsOf(texts)).toEqual([
      'data/positions.json › russia-donbas-2025-12-04.evidence[0].quote: is 5,000,000 characters long; a quote may have at most 1,000',
    ]);
  });

  it('refuses a position with no evidence', () => {
    const texts = fixtureWith((o) => {
      firstPosition(o).position.evidence = [];
    });
    expect(problemsOf(texts)).toEqual([
      'data/positions.json › russia-donbas-2025-12-04.evidence: every position needs at least one piece of evidence',
    ]);
  });
});
