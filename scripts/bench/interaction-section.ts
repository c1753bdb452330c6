// Section 3: interaction latency at 4× CPU: to the next paint (what INP counts) and until the new view shows.
import type { Browser } from '@playwright/test';
import { type InteractionResult, interactions, measureInteraction } from './interactions';
import { goalList, ms, type Row, ratio, type SectionReport } from './report';

/** The goals of the issue: the control answers within 100 ms, the view shows within 250 ms. */
const paintGoalMs = 100;
const viewGoalMs = 250;

export async function interactionSection(
  browser: Browser,
  origin: string,
): Promise<SectionReport & { results: InteractionResult[] }> {
  const { goals, goal } = goalList();
  const results: InteractionResult[] = [];
  const rows: Row[] = [];
  for (const interaction of interactions) {
    const result = await measureInteraction(browser, origin, interaction, { repetitions: 20 });
    results.push(result);
    const clean = result.timeouts === 0;
    rows.push({
      interaction: result.name,
      n: String(result.samples.length),
      'p75 to next paint': ms(result.paintP75),
      'p75 to new view': ms(result.viewP75),
      'max to new view': ms(result.viewMax),
      timeouts: String(result.timeouts),
      [`paint ÷ ${paintGoalMs} ms`]: ratio(result.paintP75 / paintGoalMs),
      [`view ÷ ${viewGoalMs} ms`]: ratio(result.viewP75 / viewGoalMs),
      result: [
        goal(
          `${result.name}: p75 to next paint ≤ ${paintGoalMs} ms`,
          ms(result.paintP75),
          clean && result.paintP75 <= paintGoalMs,
        ),
        goal(
          `${result.name}: p75 to new view ≤ ${viewGoalMs} ms`,
          ms(result.viewP75),
          clean && result.viewP75 <= viewGoalMs,
        ),
      ].join(' / '),
    });
  }
  return {
    title: '3. Interaction latency (Chromium, 4× CPU throttling, ~20 repetitions each)',
    rows,
    notes: [
      'Next paint: from right before the input is dispatched to the frame after its handlers ran (what INP counts).',
      'New view: until the element that shows the view changed (the server-rendered table, the evidence, the chart).',
    ],
    goals,
    results,
  };
}
