// A synthetic dataset in data/'s formats, for the scale benchmark: 40 parties × 120 issues, one position per cell
// with 10 evidence items each (48,000 quotes), and a 20-year daily territory series. It starts from a copy of the
// real data/ folder, so the events, the monthly figures and their sources still resolve: the 8 real parties and 12
// real issues are kept and synthetic ones are added; every position is replaced; synthetic sources go into their
// own file; the daily CSV is replaced. Deterministic (seeded), written only into the folder it is given.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const scaleShape = {
  parties: 40,
  issues: 120,
  evidencePerCell: 10,
  sources: 400,
  dailyYears: 20,
} as const;

type Json = Record<string, unknown>;

/** mulberry32: a small seeded generator, so every run benchmarks the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words =
  'talks ceasefire guarantees territory sanctions reconstruction assets elections security forces border ' +
  'referendum withdrawal monitoring treaty council envoy minister proposal framework prisoners exchange energy ' +
  'grain corridor loan tribunal amnesty neutrality deployment observers timeline phased recognition'.split(
    ' ',
  );

const stances = ['strongly-opposes', 'opposes', 'mixed', 'supports', 'strongly-supports'] as const;
const bases = ['stated', 'reported', 'inferred'] as const;
const kinds = ['state', 'bloc', 'alliance', 'institution', 'group'] as const;

function isoDay(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

function sentence(rand: () => number, length: number): string {
  const picked = Array.from({ length }, () => words[Math.floor(rand() * words.length)] ?? 'talks');
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Writes the scale dataset into `dir` (which must not be data/), copying `realDataDir` first. */
export function generateScaleData(
  realDataDir: string,
  dir: string,
): { positions: number; dailyRows: number } {
  const rand = random(20251228);
  cpSync(realDataDir, dir, { recursive: true });

  // Parties: the real ones (events and the shared URL name them) plus synthetic ones, each with two speakers.
  const realParties = JSON.parse(readFileSync(join(realDataDir, 'parties.json'), 'utf8')) as Json[];
  const parties: Json[] = [...realParties];
  for (let i = parties.length; i < scaleShape.parties; i++) {
    const n = i + 1;
    parties.push({
      id: `party-${n}`,
      name: `Synthetic Party ${n}`,
      shortName: `Party ${n}`,
      kind: kinds[i % kinds.length],
      memberOf: [],
      speakers: [1, 2].map((s) => ({
        id: `party-${n}-speaker-${s}`,
        name: `Speaker ${s} of Party ${n}`,
        role: s === 1 ? 'Head of delegation' : 'Spokesperson',
        roleAsOf: '2025-11-01',
      })),
    });
  }
  writeFileSync(join(dir, 'parties.json'), `${JSON.stringify(parties, null, 2)}\n`);
  const speakersOf = parties.map((p) => {
    const speakers = (p.speakers as { id: string }[] | undefined) ?? [];
    return speakers.map((s) => s.id);
  });

  // Issues: the real ones plus synthetic ones.
  const realIssues = JSON.parse(readFileSync(join(realDataDir, 'issues.json'), 'utf8')) as Json[];
  const issues: Json[] = [...realIssues];
  for (let i = issues.length; i < scaleShape.issues; i++) {
    const n = i + 1;
    issues.push({
      id: `issue-${n}`,
      title: `Issue ${n}: ${sentence(rand, 3).slice(0, -1)}`,
      proposition: `The parties agree on ${sentence(rand, 8)}`,
      description: sentence(rand, 30),
    });
  }
  writeFileSync(join(dir, 'issues.json'), `${JSON.stringify(issues, null, 2)}\n`);

  // Sources: synthetic ones in their own file; the real files stay for events and monthly figures.
  const sources: Json[] = [];
  for (let i = 0; i < scaleShape.sources; i++) {
    const publishedOn = isoDay(dayOf('2025-09-01') + Math.floor(rand() * 120));
    sources.push({
      id: `scale-source-${i + 1}`,
      title: `Synthetic report ${i + 1}: ${sentence(rand, 6).slice(0, -1)}`,
      publisher: `Synthetic Wire ${(i % 12) + 1}`,
      publishedOn,
      url: `https://example.org/scale/${i + 1}`,
      kind: i % 3 === 0 ? 'official-statement' : 'news-report',
      language: 'en',
    });
  }
  writeFileSync(join(dir, 'sources', 'scale.json'), `${JSON.stringify(sources, null, 2)}\n`);

  // Positions: one per cell, each with 10 evidence items dated on or before the position, coded by a real rule.
  const rules = (
    JSON.parse(readFileSync(join(realDataDir, 'codebook.json'), 'utf8')) as { id: string }[]
  ).map((rule) => rule.id);
  const positions: Json[] = [];
  const firstDay = dayOf('2025-09-01');
  parties.forEach((party, p) => {
    const speakers = speakersOf[p] ?? [];
    issues.forEach((issue) => {
      const evidenceDays = Array.from({ length: scaleShape.evidencePerCell }, () =>
        Math.floor(firstDay + rand() * 118),
      ).sort((a, b) => a - b);
      const date = isoDay(evidenceDays[evidenceDays.length - 1] ?? firstDay);
      positions.push({
        id: `${party.id}-${issue.id}-${date}`,
        party: party.id,
        issue: issue.id,
        date,
        stance: stances[Math.floor(rand() * stances.length)],
        basis: bases[Math.floor(rand() * bases.length)],
        rule: rules[Math.floor(rand() * rules.length)],
        rationale: sentence(rand, 20),
        summary: sentence(rand, 18),
        evidence: evidenceDays.map((day, e) => ({
          quote: sentence(rand, 22),
          quoteKind: e % 2 === 0 ? 'verbatim' : 'paraphrase',
          speaker: speakers[e % Math.max(speakers.length, 1)] ?? 'unknown-speaker',
          source: `scale-source-${Math.floor(rand() * scaleShape.sources) + 1}`,
          date: isoDay(day),
          note: `Synthetic item ${p + 1}-${e + 1}.`,
        })),
      });
    });
  });
  writeFileSync(join(dir, 'positions.json'), `${JSON.stringify(positions, null, 2)}\n`);

  // The daily series: 20 years ending where the real one ends, a slow random walk in m².
  const csvPath = join(dir, 'territory', 'economist_isw_area_assessed_as_controlled_by_russia.csv');
  const realCsv = readFileSync(
    join(realDataDir, 'territory', 'economist_isw_area_assessed_as_controlled_by_russia.csv'),
    'utf8',
  );
  const [header, ...realRows] = realCsv.trim().split(/\r?\n/);
  const lastDate = realRows[realRows.length - 1]?.split(',')[0] ?? '2026-08-21';
  const ukraineM2 = 603_628e6;
  const days = Math.round(scaleShape.dailyYears * 365.25);
  const start = dayOf(lastDate) - days + 1;
  const areas: number[] = [];
  let area = 43_679_052_552.25;
  for (let d = 0; d < days; d++) {
    area = Math.min(Math.max(area + (rand() - 0.45) * 8e6, 0), ukraineM2 * 0.3);
    areas.push(area);
  }
  const lines = [header];
  areas.forEach((value, d) => {
    const change = (back: number) => (d >= back ? String(value - (areas[d - back] ?? value)) : '');
    lines.push(
      [
        isoDay(start + d),
        String(value),
        change(1),
        change(7),
        change(30),
        String((value / ukraineM2) * 100),
      ].join(','),
    );
  });
  rmSync(csvPath, { force: true }); // copied read-only, like the original
  writeFileSync(csvPath, `${lines.join('\n')}\n`);
  // The real series' corrections name its lines; the synthetic series has no duplicate days to correct.
  writeFileSync(join(dir, 'corrections.json'), '[]\n');
  return { positions: positions.length, dailyRows: areas.length };
}
