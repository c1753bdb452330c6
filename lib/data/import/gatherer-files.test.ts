// The import on the real data/ and the gatherer's real files (copied into fixtures/ so the test needs nothing
// outside the repository), entirely in memory: nothing on disk is touched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../build-dataset';
import { dataFiles } from '../dataset';
import { formatProblem } from '../problems';
import { readDataFiles } from '../read-files';
import { type ImportPlan, planImport } from './plan-import';

const realData = readDataFiles(join(process.cwd(), 'data'));
const gathererFile = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const reports2026 = gathererFile('evidence-2026.json');

function importInto(texts: Map<string, string>, reportsText: string): ImportPlan {
  const planned = planImport(texts, reportsText, { data: 'data/', reports: 'reports.json' });
  if (!planned.ok) throw new Error(planned.problems.map(formatProblem).join('\n'));
  return planned.value;
}

/** data/ as it was before the 2026 reports were coded: their positions and set-aside records taken out. */
function without2026(texts: Map<string, string>): Map<string, string> {
  const is2026 = (ref: unknown) => typeof ref === 'string' && /-2026-\d{2}$/.test(ref);
  const copy = new Map(texts);
  const positions: { evidence: { ref?: string }[] }[] = JSON.parse(texts.get(dataFiles.positions) ?? '[]');
  const setAside: { ref?: string }[] = JSON.parse(texts.get(dataFiles.setAside) ?? '[]');
  copy.set(
    dataFiles.positions,
    JSON.stringify(positions.filter((p) => !p.evidence.some((e) => is2026(e.ref)))),
  );
  copy.set(dataFiles.setAside, JSON.stringify(setAside.filter((r) => !is2026(r.ref))));
  return copy;
}

describe("importing the gatherer's files into data/", () => {
  it('finds every report of 2025 and 2026 in data/, as evidence or set aside, and writes nothing', () => {
    for (const [file, count] of [
      ['evidence.json', 70],
      ['evidence-2026.json', 60],
    ] as const) {
      const plan = importInto(realData, gathererFile(file));
      expect(plan.outcomes).toHaveLength(count);
      expect(plan.outcomes.filter((o) => o.status !== 'skipped')).toEqual([]);
      expect(plan.files.size).toBe(0);
    }
  });

  it('remembers each report of 2026 that was read and set aside, so re-importing never brings it back', () => {
    const plan = importInto(realData, reports2026);
    const setAside = plan.outcomes.filter((o) => o.detail.startsWith('set aside'));
    expect(setAside).toHaveLength(28);
    expect(setAside.map((o) => o.ref)).toContain('FRZ-2026-07');
  });

  const before = without2026(realData);
  const once = importInto(before, reports2026);
  const imported = new Map([...before, ...once.files]);

  it('imports all 60 reports of 2026 as drafts, after which data:check fails only because they are not coded', () => {
    expect(once.outcomes.filter((o) => o.status !== 'imported')).toEqual([]);
    const checked = buildDataset(imported);
    if (checked.ok) throw new Error('expected the drafts to be refused');
    const reasons = checked.problems.map(formatProblem);
    expect(reasons.filter((r) => !r.endsWith('stance not coded yet'))).toEqual([]);
    // 60 reports in 59 drafts: Putin and Peskov answered Zelensky's letter of 4 June on the same day.
    expect(reasons).toHaveLength(59);
    expect(reasons).toContain(
      'data/positions.json › russia-ceasefire-first-2026-06-04.stance: position russia-ceasefire-first-2026-06-04: stance not coded yet',
    );
  });

  it('changes nothing when the same file is imported again', () => {
    const again = importInto(imported, reports2026);
    expect(again.files.size).toBe(0);
    expect(again.outcomes.every((o) => o.status === 'skipped')).toBe(true);
  });

  it('refuses a report whose speaker is misspelt, suggesting the known name', () => {
    const plan = importInto(
      before,
      reports2026.replace('"speaker": "Keir Starmer"', '"speaker": "Kier Starmer"'),
    );
    expect(plan.outcomes.filter((o) => o.status === 'refused')).toEqual([
      {
        ref: 'LEV-2026-06',
        status: 'refused',
        detail:
          'unknown speaker "Kier Starmer" (did you mean "Keir Starmer", starmer?); if it is the same person, map the name to starmer in data/aliases.json',
      },
    ]);
  });
});
