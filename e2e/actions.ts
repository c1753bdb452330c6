import type { Locator, Page } from '@playwright/test';

/**
 * Counts what a person does in a journey (clicks, taps and keystrokes), so a test can assert the journey's bound
 * instead of a duration.
 */
export function countedActions(page: Page) {
  let count = 0;
  return {
    click: async (target: Locator) => {
      count += 1;
      await target.click();
    },
    tap: async (target: Locator) => {
      count += 1;
      await target.tap();
    },
    press: async (key: string, times = 1) => {
      for (let i = 0; i < times; i += 1) {
        count += 1;
        await page.keyboard.press(key);
      }
    },
    get count() {
      return count;
    },
  };
}

/** A screenshot of a journey's last screen, kept with the test's output for a person to look at. */
export async function lastScreen(page: Page, name: string, outputPath: (name: string) => string) {
  await page.screenshot({ path: outputPath(`${name}.png`) });
}
