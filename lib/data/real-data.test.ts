// Fidelity of the real data/, beyond what data:check enforces for every dataset.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import { readDataFiles } from './read-files';

const parsed = buildDataset(readDataFiles(join(process.cwd(), 'data')));
if (!parsed.ok) throw new Error('data/ must pass data:check');
const { parties, positions, sources, codebook, setAside } = parsed.value;
const partyOf = new Map(parties.flatMap((p) => p.speakers.map((s) => [s.id, p.id])));
const sourceById = new Map(sources.map((s) => [s.id, s]));
const evidence = positions.flatMap((position) =>
  position.evidence.map((e, i) => ({ position, e, at: `${position.id}.evidence[${i}]` })),
);

describe('the real data', () => {
  it('has every speaker of a position not marked "reported" belong to its party', () => {
    const strays = evidence
      .filter(({ position, e }) => position.basis !== 'reported' && partyOf.get(e.speaker) !== position.party)
      .map(({ at, e }) => `${at}: ${e.speaker}`);
    expect(strays).toEqual([]);
  });

  it('never cites a headline as evidence: no quote is its source’s title', () => {
    const normalise = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const headlines = evidence
      .filter(({ e }) => normalise(e.quote) === normalise(sourceById.get(e.source)?.title ?? ''))
      .map(({ at }) => at);
    expect(headlines).toEqual([]);
  });

  it('names a codebook rule and gives a rationale for every position, and a rule and reason for every report set aside', () => {
    const rules = new Set(codebook.map((r) => r.id));
    const unknown = [
      ...positions.filter((p) => !p.rule || !rules.has(p.rule) || !p.rationale?.trim()).map((p) => p.id),
      ...setAside.filter((s) => !rules.has(s.rule) || !s.reason.trim()).map((s) => s.id),
    ];
    expect(unknown).toEqual([]);
  });

  it('shows readers no gatherer item codes in notes, summaries, conflicts or sources', () => {
    const itemCode = /\b[A-Z]{2,4}-(?:\d{4}-)?\d{2}\b/;
    const texts = positions.flatMap((p) => [
      p.summary,
      p.conflict ?? '',
      p.rationale ?? '',
      ...p.evidence.map((e) => e.note ?? ''),
    ]);
    texts.push(...sources.flatMap((s) => [s.title, s.note ?? '', s.dateNote ?? '']));
    expect(texts.filter((t) => itemCode.test(t))).toEqual([]);
  });
});
