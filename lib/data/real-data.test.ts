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

  // Everything below is shown to readers: it must speak to them, not to whoever built the data.
  const readerTexts = (): { at: string; text: string }[] => {
    const { case: theCase, issues, events, territory } = parsed.value;
    const out: { at: string; text: string }[] = [];
    const add = (at: string, ...texts: (string | undefined)[]) => {
      for (const text of texts) if (text) out.push({ at, text });
    };
    add('case', theCase.tagline, theCase.territory?.headline.note);
    for (const p of positions) {
      add(p.id, p.summary, p.conflict, p.note, p.rationale, ...p.evidence.map((e) => e.note));
    }
    for (const s of setAside) add(`set-aside ${s.id}`, s.reason, s.note);
    for (const s of sources) add(`source ${s.id}`, s.title, s.publisher, s.note, s.dateNote);
    for (const e of events) add(`event ${e.id}`, e.title, e.description, e.dateDerivation);
    for (const i of issues) add(`issue ${i.id}`, i.title, i.proposition, i.description);
    for (const p of parties) {
      add(`party ${p.id}`, p.note, ...p.speakers.flatMap((s) => [s.role, s.note]));
    }
    for (const s of territory.series) add(`series ${s.id}`, s.definition, s.note);
    for (const f of territory.figures) add(`figure ${f.id}`, f.note);
    return out;
  };

  it('shows readers no gatherer item codes, no notes to maintainers and no ids in brackets', () => {
    const itemCode = /\b[A-Z]{2,5}-(?:\d{4}-)?\d{2}\b/;
    const maintainerWords = /README|§|seed article|evidence file|evidence\.json|dataset helper/i;
    const ids = new Set([...sources.map((s) => s.id), ...parsed.value.territory.figures.map((f) => f.id)]);
    const bracketedId = (text: string) =>
      [...text.matchAll(/\(([a-z0-9]+(?:-[a-z0-9]+)+)\)/g)].some((m) => ids.has(m[1] ?? ''));
    const offenders = readerTexts()
      .filter(({ text }) => itemCode.test(text) || maintainerWords.test(text) || bracketedId(text))
      .map(({ at, text }) => `${at}: ${text.slice(0, 80)}`);
    expect(offenders).toEqual([]);
  });

  it('tells readers why the seed report has no address, and keeps its noted error', () => {
    const seed = sourceById.get(parsed.value.case.seedSource ?? '');
    expect(seed?.url).toBeNull();
    expect(seed?.note).toMatch(/syndicated news report of 3–4 December 2025 whose outlet is not known/);
    expect(seed?.note).toMatch(/'former President'/);
  });
});
