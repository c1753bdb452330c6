import { describe, expect, it } from 'vitest';
import { buildCellEvidence } from './cell-evidence';
import { cellCitations } from './citation';
import { openCellSchema } from './open-cell';
import { testData } from './test-data';

const data = testData();

/** An open cell as the server sends it, through JSON as the page receives it. */
function sent(party: string, issue: string): unknown {
  const evidence = buildCellEvidence(data, { party, issue }, '2025-12-31');
  if (!evidence) throw new Error(`no cell ${party}:${issue}`);
  const open = {
    cell: `${party}:${issue}`,
    title: `${evidence.party.name} on ${evidence.issue.title}`,
    closeHref: '/',
    cellUrl: 'https://parley.example/?cell=x',
    evidence,
    citations: cellCitations(evidence.current, { title: 'A view', url: 'https://parley.example/' }),
  };
  return JSON.parse(JSON.stringify(open));
}

describe('openCellSchema', () => {
  it('reads back what the server sent, for a cell with stances and one with none', () => {
    for (const answer of [sent('russia', 'donbas'), sent('united-states', 'gas')]) {
      const read = openCellSchema.parse(answer);
      // The evidence whole; of the citations, what a citation prints (the server sends a little more).
      expect(read.evidence).toEqual((answer as typeof read).evidence);
      expect(answer).toMatchObject(read);
    }
  });

  it('refuses an answer of another shape (an older deploy, a cache), naming where it differs', () => {
    const answer = sent('russia', 'donbas') as { evidence: { history: { stance: string }[] } };
    const [first] = answer.evidence.history;
    if (!first) throw new Error('the test cell has no history');
    first.stance = 'neutral';
    const result = openCellSchema.safeParse(answer);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['evidence', 'history', 0, 'stance']);
  });
});
