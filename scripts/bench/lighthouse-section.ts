// Section 4: Lighthouse on the views a reader lands on, median of several runs each.
import { sharedUrl } from './js-weight';
import { type LighthouseResult, lighthouseMedian, type Preset } from './lighthouse';
import { goalList, ms, type Row, type SectionReport } from './report';

const pages = ['/', '/territory', sharedUrl];
const runs = 5;
const tbtGoalMs = 200;

export async function lighthouseSection(origin: string): Promise<SectionReport> {
  const { goals, goal } = goalList();
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const path of pages) {
    for (const preset of ['mobile', 'desktop'] as Preset[]) {
      const result: LighthouseResult = await lighthouseMedian(origin, path, preset, runs);
      const name = `${path} ${preset}`;
      if (!result.ok) {
        notes.push(`${name}: Lighthouse could not run: ${result.reason}`);
        rows.push({
          page: name,
          performance: 'n/a',
          TBT: 'n/a',
          CLS: 'n/a',
          LCP: 'n/a',
          other: 'n/a',
          result: goal(`${name}: Lighthouse runs`, 'could not run', false),
        });
        continue;
      }
      const m = result.median;
      const perfGoal = preset === 'mobile' ? 95 : 100;
      const ok =
        m.performance >= perfGoal &&
        m.cls === 0 &&
        (preset === 'desktop' || m.tbtMs <= tbtGoalMs) &&
        m.accessibility === 100 &&
        m.bestPractices === 100 &&
        m.seo === 100;
      rows.push({
        page: name,
        performance: `${m.performance} (goal ${perfGoal})`,
        TBT: `${ms(m.tbtMs)}${preset === 'mobile' ? ` (goal ≤ ${tbtGoalMs})` : ''}`,
        CLS: cls(m.cls),
        LCP: ms(m.lcpMs),
        other: `a11y ${m.accessibility}, bp ${m.bestPractices}, SEO ${m.seo}`,
        result: goal(
          `${name}: perf ≥ ${perfGoal}${preset === 'mobile' ? `, TBT ≤ ${tbtGoalMs} ms` : ''}, CLS 0, a11y/bp/SEO 100`,
          `perf ${m.performance}, TBT ${ms(m.tbtMs)}, CLS ${cls(m.cls)}`,
          ok,
        ),
      });
      if (result.retries > 0) notes.push(`${name}: ${result.retries} aborted run(s) run again`);
      for (const failing of m.failing) notes.push(`${name}: below full marks: ${failing}`);
    }
  }
  return {
    title: `4. Lighthouse 12.2.3 (median of ${runs} runs each)`,
    rows,
    notes: [...new Set(notes)],
    goals,
  };
}

/** CLS as measured: a shift too small for three decimals still shows, as the goal is exactly 0. */
function cls(value: number): string {
  return value === 0 || value >= 0.001 ? value.toFixed(3) : value.toExponential(1);
}
