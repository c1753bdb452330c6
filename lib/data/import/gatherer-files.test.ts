// The import on the real data/ and the gatherer's real files (copied into fixtures/ so the test needs nothing
// outside the repository), entirely in memory: nothing on disk is touched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../build-dataset';
import { formatProblem } from '../problems';
import { readDataFiles } from '../read-files';
import { type ImportPlan, planImport } from './plan-import';

const realData = readDataFiles(join(process.cwd(), 'data'));
const gathererFile = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

function importInto(texts: Map<string, string>, reportsText: string): ImportPlan {
  const planned = planImport(texts, reportsText, { data: 'data/', reports: 'reports.json' });
  if (!planned.ok) throw new Error(planned.problems.map(formatProblem).join('\n'));
  return planned.value;
}

describe("importing the gatherer's files into data/", () => {
  it('finds every 2025 report already in data/, and writes nothing', () => {
    const plan = importInto(realData, gathererFile('evidence.json'));
    expect(plan.outcomes).toHaveLength(70);
    expect(plan.outcomes.every((o) => o.status === 'skipped')).toBe(true);
    expect(plan.files.size).toBe(0);
  });

  const reports2026 = gathererFile('evidence-2026.json');
  const once = importInto(realData, reports2026);
  const imported = new Map([...realData, ...once.files]);

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
      realData,
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
