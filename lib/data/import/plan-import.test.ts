import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { type GathererReport, positionsFileSchema, sourcesFileSchema } from '../../schemas';
import { dataFiles } from '../dataset';
import { fixtureTexts, fixtureWith } from '../test-fixture';
import { type ImportPlan, planImport } from './plan-import';

const report: GathererReport = {
  id: 'DON-2026-01',
  date: '2025-12-20',
  party: 'Russia',
  issue: 'Donbas',
  speaker: 'Dmitry Peskov',
  speakerRole: 'Kremlin spokesman',
  quote: 'Ukraine must leave Donbass',
  quoteKind: 'direct',
  url: 'https://example.org/2025/12/20/kremlin-repeats-donbas-demand',
  publisher: 'Example Wire (AFP)',
  publishedOn: 'date not shown',
  summary: 'Moscow restated its demand.',
};

function plan(reports: unknown[], texts = fixtureTexts()): ImportPlan {
  const planned = planImport(texts, JSON.stringify(reports), { data: 'data/', reports: 'reports.json' });
  if (!planned.ok) throw new Error(planned.problems.map((p) => p.reason).join('\n'));
  return planned.value;
}

function written<T>(result: ImportPlan, path: string, schema: z.ZodType<T>): T {
  const text = result.files.get(path);
  if (text === undefined) throw new Error(`${path} was not written`);
  return schema.parse(JSON.parse(text));
}

function withPlan(texts: Map<string, string>, result: ImportPlan): Map<string, string> {
  return new Map([...texts, ...result.files]);
}

describe('planImport', () => {
  it('adds a new report as an uncoded draft with its source and its new speaker', () => {
    const result = plan([report]);
    expect(result.outcomes).toEqual([
      {
        ref: 'DON-2026-01',
        status: 'imported',
        detail:
          'draft russia-donbas-2025-12-20, new speaker dmitry-peskov in russia, new source example-wire-kremlin-repeats-donbas-demand',
      },
    ]);
    expect(written(result, dataFiles.positions, positionsFileSchema).at(-1)).toEqual({
      id: 'russia-donbas-2025-12-20',
      party: 'russia',
      issue: 'donbas',
      date: '2025-12-20',
      stance: null,
      basis: 'stated',
      summary: '[Draft: rewrite in your own words] Moscow restated its demand.',
      evidence: [
        {
          quote: 'Ukraine must leave Donbass',
          quoteKind: 'verbatim',
          speaker: 'dmitry-peskov',
          source: 'example-wire-kremlin-repeats-donbas-demand',
          date: '2025-12-20',
          ref: 'DON-2026-01',
        },
      ],
    });
    expect(written(result, dataFiles.importedSources, sourcesFileSchema).at(-1)).toEqual({
      id: 'example-wire-kremlin-repeats-donbas-demand',
      title: 'Example Wire (AFP) report: Dmitry Peskov on Donbas, 20 December 2025',
      publisher: 'Example Wire (AFP)',
      publishedOn: null,
      dateNote: 'Date not shown on the page',
      url: report.url,
      kind: 'news-report',
    });
    expect(result.files.get(dataFiles.parties)).toContain(
      '"id": "dmitry-peskov",\n        "name": "Dmitry Peskov",\n        "role": "Kremlin spokesman",\n        "roleAsOf": "2025-12-20"',
    );
  });

  it('writes files as data/ keeps them: two-space JSON with a final newline and characters unescaped', () => {
    const result = plan([{ ...report, quote: 'Україна — «Донбас»' }]);
    const text = result.files.get(dataFiles.positions) ?? '';
    expect(text.endsWith(']\n')).toBe(true);
    expect(text).toContain('\n  {\n    "id": "russia-donbas-2025-12-04",');
    expect(text).toContain('"quote": "Україна — «Донбас»"');
  });

  it('changes nothing when the same file is imported again', () => {
    const once = plan([report]);
    const again = plan([report], withPlan(fixtureTexts(), once));
    expect(again.files.size).toBe(0);
    expect(again.outcomes).toEqual([
      { ref: 'DON-2026-01', status: 'skipped', detail: 'already in data/ (evidence with ref DON-2026-01)' },
    ]);
  });

  it('recognises a report already in data/ by its address and quote when it has no ref', () => {
    const texts = fixtureWith((o) => {
      const evidence = o.positions[0]?.evidence[0];
      if (evidence) evidence.source = 'afp-nov';
    });
    const result = plan(
      [{ ...report, url: 'https://insiderpaper.com/?p=190446', quote: 'withdrawal of Ukrainian forces' }],
      texts,
    );
    expect(result.outcomes[0]?.status).toBe('skipped');
    expect(result.files.size).toBe(0);
  });

  it('treats a report set aside in set-aside.json as handled, by its ref or by its address and quote', () => {
    const byRef = plan([{ ...report, id: 'DON-09' }]);
    const byQuote = plan([
      { ...report, url: 'https://insiderpaper.com/?p=190446', quote: 'Territory is a very tough issue' },
    ]);
    expect([...byRef.outcomes, ...byQuote.outcomes]).toEqual([
      { ref: 'DON-09', status: 'skipped', detail: 'set aside in data/set-aside.json (ref DON-09)' },
      {
        ref: 'DON-2026-01',
        status: 'skipped',
        detail: 'set aside in data/set-aside.json (the same address and quote)',
      },
    ]);
    expect(byRef.files.size + byQuote.files.size).toBe(0);
  });

  it('imports a report again once it is no longer set aside', () => {
    const texts = fixtureWith((o) => {
      o.setAside.length = 0;
    });
    expect(plan([{ ...report, id: 'DON-09' }], texts).outcomes[0]?.status).toBe('imported');
  });

  it('puts reports of one party, issue and date in one draft, and marks it reported when another party speaks', () => {
    const second = {
      ...report,
      id: 'DON-2026-02',
      speaker: 'Keir Starmer',
      quote: 'Russia wants Donbas.',
      summary: 'Per London.',
    };
    const result = plan([report, second]);
    const draft = written(result, dataFiles.positions, positionsFileSchema).at(-1);
    expect(draft).toMatchObject({
      id: 'russia-donbas-2025-12-20',
      basis: 'reported',
      summary: '[Draft: rewrite in your own words] Moscow restated its demand. / Per London.',
    });
    expect(draft?.evidence.map((e) => e.speaker)).toEqual(['dmitry-peskov', 'starmer']);
  });

  it('leaves a coded position of the same day alone and starts a second draft beside it', () => {
    const result = plan([{ ...report, date: '2025-12-04', speaker: 'Vladimir Putin' }]);
    expect(result.outcomes[0]?.detail).toBe(
      'draft russia-donbas-2025-12-04-2, new source example-wire-kremlin-repeats-donbas-demand',
    );
  });

  it('refuses a misspelt speaker with the name it probably means, and writes nothing of it', () => {
    const result = plan([{ ...report, speaker: 'Kier Starmer' }]);
    expect(result.outcomes).toEqual([
      {
        ref: 'DON-2026-01',
        status: 'refused',
        detail:
          'unknown speaker "Kier Starmer" (did you mean "Keir Starmer", starmer?); if it is the same person, map the name to starmer in data/aliases.json',
      },
    ]);
    expect(result.files.size).toBe(0);
  });

  it('refuses a party and an issue it cannot map, with the nearest ids, and still imports the other reports', () => {
    const result = plan([
      { ...report, party: 'Rusia', issue: 'Territory' },
      { ...report, id: 'DON-2026-02' },
    ]);
    expect(result.outcomes.map((o) => [o.ref, o.status, o.detail.split('; ')[0]])).toEqual([
      ['DON-2026-01', 'refused', 'unknown party "Rusia" (did you mean "russia"?)'],
      ['DON-2026-02', 'imported', expect.stringContaining('draft russia-donbas-2025-12-20')],
    ]);
    expect(result.outcomes[0]?.detail).toContain('unknown issue "Territory" (nearest: ');
  });

  it('follows aliases, including a new speaker filed under another party than the report', () => {
    const texts = fixtureTexts();
    texts.set(
      dataFiles.aliases,
      JSON.stringify({
        parties: { Moscow: 'russia' },
        issues: { 'Donbas / territory': 'donbas' },
        speakers: { 'Unnamed Ukrainian source': { id: 'ukrainian-source', party: 'ukraine' } },
      }),
    );
    const result = plan(
      [{ ...report, party: 'Moscow', issue: 'Donbas / territory', speaker: 'Unnamed Ukrainian source' }],
      texts,
    );
    expect(result.outcomes[0]?.detail).toBe(
      'draft russia-donbas-2025-12-20 (reported), new speaker ukrainian-source in ukraine, new source example-wire-kremlin-repeats-donbas-demand',
    );
  });

  it('refuses a report dated after the as-of date, and one that is not a report', () => {
    const result = plan([
      { ...report, date: '2026-03-01' },
      { id: 'X-1', date: '1 March' },
    ]);
    expect(result.outcomes[0]?.detail).toBe(
      "dated 2026-03-01, after the data's as-of date 2025-12-31 (case.json › asOf)",
    );
    expect(result.outcomes[1]).toMatchObject({ ref: 'X-1', status: 'refused' });
    expect(result.outcomes[1]?.detail).toContain('date: must be a date written YYYY-MM-DD');
  });

  it('stops before planning anything when a data file fails its schema', () => {
    const texts = fixtureTexts();
    texts.set(dataFiles.parties, '[{"id": "russia"}]');
    const planned = planImport(texts, JSON.stringify([report]), { data: 'data/', reports: 'reports.json' });
    expect(planned.ok).toBe(false);
  });
});
