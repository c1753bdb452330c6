import { countedActions } from './actions';
import { expect, open, test } from './fixtures';

// The comparing journey: Russia, Ukraine and the US on Donbas, NATO and the frozen assets; open one cell; cite it.
const cellName = /^Russia on Donbas withdrawal: /;
const dialogName = 'Russian Federation on Donbas withdrawal';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`comparing stances (${colorScheme})`, () => {
    test.use({ colorScheme });

    test('on a desk: at most 8 clicks', async ({ page, axe }, info) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await open(page, '/');
      const act = countedActions(page);
      await act.click(page.getByRole('link', { name: 'Negotiating parties' }));
      await expect(page).toHaveURL(/parties=russia,ukraine,united-states(&|$)/);
      await act.click(page.getByRole('link', { name: 'Core disputes' }));
      await expect(page).toHaveURL(/issues=donbas,nato-membership,frozen-assets/);
      await act.click(page.getByText('Compare', { exact: true }));
      await expect(page).toHaveURL(/mode=compare/);
      const table = page.getByRole('table', { name: 'Issue by issue: Russia, Ukraine, United States' });
      await expect(table.getByRole('rowheader')).toHaveText([
        'Donbas withdrawal',
        'NATO membership',
        'Frozen Russian assets',
      ]);
      await act.click(table.getByRole('link', { name: cellName }));
      const dialog = page.getByRole('dialog', { name: dialogName });
      await expect(dialog).toBeVisible();
      await expect(page).toHaveURL(/cell=russia:donbas/);
      await act.click(dialog.getByText('Cite this cell'));
      await expect(dialog.getByRole('button', { name: 'Copy Plain text' })).toBeVisible();
      await expect(dialog.locator('pre').first()).toContainText('Via Parley, “Russia on Donbas withdrawal');
      expect(act.count).toBeLessThanOrEqual(8);
      await axe();
      await page.screenshot({ path: info.outputPath(`compare-desk-${colorScheme}.png`) });
    });

    test('keyboard only: at most 25 keystrokes', async ({ page }, info) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await open(page, '/');
      const act = countedActions(page);
      // Skip the site header, then the view switch is the first control.
      await act.press('Tab');
      await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
      await act.press('Enter');
      await act.press('Tab');
      await expect(page.getByRole('radio', { name: 'Matrix' })).toBeFocused();
      await act.press('ArrowRight');
      await expect(page).toHaveURL(/mode=compare/);
      await act.press('Tab');
      await expect(page.getByRole('link', { name: 'Negotiating parties' })).toBeFocused();
      await act.press('Enter');
      await expect(page).toHaveURL(/parties=russia,ukraine,united-states(&|$)/);
      await act.press('Tab', 3);
      await expect(page.getByRole('link', { name: 'Core disputes' })).toBeFocused();
      await act.press('Enter');
      await expect(page).toHaveURL(/issues=donbas,nato-membership,frozen-assets/);
      // The table is one Tab stop after the last quick pick.
      await act.press('Tab', 2);
      const table = page.getByRole('table', { name: 'Issue by issue: Russia, Ukraine, United States' });
      await expect(table.getByRole('link', { name: cellName })).toBeFocused();
      await act.press('Enter');
      const dialog = page.getByRole('dialog', { name: dialogName });
      await expect(dialog).toBeVisible();
      await act.press('Tab', 2);
      await expect(dialog.getByText('Cite this cell')).toBeFocused();
      await act.press('Enter');
      await expect(dialog.getByRole('button', { name: 'Copy Plain text' })).toBeVisible();
      expect(act.count).toBeLessThanOrEqual(25);
      await page.screenshot({ path: info.outputPath(`compare-keyboard-${colorScheme}.png`) });
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`comparing stances on a phone (${colorScheme})`, () => {
    test.use({ colorScheme, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('at most 10 taps, side by side without sideways scrolling', async ({ page, axe }, info) => {
      await open(page, '/');
      const act = countedActions(page);
      await act.tap(page.getByRole('link', { name: 'Negotiating parties' }));
      await expect(page).toHaveURL(/parties=russia,ukraine,united-states(&|$)/);
      await act.tap(page.getByRole('link', { name: 'Core disputes' }));
      await expect(page).toHaveURL(/issues=donbas,nato-membership,frozen-assets/);
      await act.tap(page.getByText('Compare', { exact: true }));
      await expect(page).toHaveURL(/mode=compare/);
      const cards = page.getByRole('list', { name: 'Issue by issue: Russia, Ukraine, United States' });
      // Each card is a section under the page's title (h1), so its heading is an h2: no level is skipped.
      await expect(cards.getByRole('heading', { level: 2 })).toHaveText([
        'Donbas withdrawal',
        'NATO membership',
        'Frozen Russian assets',
      ]);
      await axe();
      // All three parties' stances across one screen width: no sideways scrolling anywhere.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      for (const party of ['Russia', 'Ukraine', 'United States']) {
        await expect(
          cards.getByRole('link', { name: new RegExp(`^${party} on Donbas withdrawal`) }),
        ).toBeInViewport();
      }
      await act.tap(cards.getByRole('link', { name: cellName }));
      const dialog = page.getByRole('dialog', { name: dialogName });
      await expect(dialog).toBeVisible();
      await act.tap(dialog.getByText('Cite this cell'));
      await expect(dialog.getByRole('button', { name: 'Copy Plain text' })).toBeVisible();
      expect(act.count).toBeLessThanOrEqual(10);
      await axe();
      await page.screenshot({ path: info.outputPath(`compare-phone-${colorScheme}.png`) });
    });
  });
}
