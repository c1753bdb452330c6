import { expect, open, test } from './fixtures';

test.describe('stance matrix', () => {
  test('opens the Russia × Donbas cell and shows its quote, speaker and source', async ({ page, axe }) => {
    await open(page, '/');
    const matrix = page.getByRole('table', { name: /Stances of \d+ parties/ });
    await matrix.getByRole('button', { name: /^Russia on Donbas withdrawal: Strongly supports/ }).click();

    await expect(page).toHaveURL(/[?&]cell=russia:donbas\b/);
    const dialog = page.getByRole('dialog', { name: 'Russian Federation on Donbas withdrawal' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(
      'Either we liberate these territories by force of arms or Ukrainian troops leave',
    );
    await expect(dialog).toContainText('Vladimir Putin');
    await expect(dialog.getByRole('link', { name: /Putin/ }).first()).toHaveAttribute(
      'href',
      /^https:\/\/www\.straitstimes\.com\//,
    );
    await expect(dialog).toContainText('Paraphrase');
    await expect(dialog).toContainText('Envoy Witkoff Bridges Dialogue');
    await axe();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page).not.toHaveURL(/cell=/);
  });

  test('a link to one cell opens its evidence, and the cell is reachable from the keyboard', async ({
    page,
  }) => {
    await open(page, '/?cell=united-states:nato-membership');
    await expect(
      page.getByRole('dialog', { name: 'United States of America on NATO membership' }),
    ).toBeVisible();
    await page.keyboard.press('Escape');

    await page
      .getByRole('table', { name: /Stances of/ })
      .getByRole('button')
      .first()
      .focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: /^Ukraine on NATO membership/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Ukraine on NATO membership' })).toBeVisible();
    await expect(page).toHaveURL(/cell=ukraine:nato-membership/);
  });

  test('"no stated position" is a value of its own, distinct from a neutral stance', async ({ page }) => {
    await page.goto('/?parties=belgium&issues=donbas,frozen-assets');
    await expect(
      page.getByRole('button', { name: /^Belgium on Donbas withdrawal: No stated position/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^Belgium on Frozen Russian assets: Mixed or conditional/ }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /No stated position/ })).toHaveCount(1);
  });
});

test.describe('comparison', () => {
  test('Russia, Ukraine and the United States diverge on NATO', async ({ page, axe }) => {
    await open(page, '/');
    await page.getByRole('radio', { name: 'Compare parties' }).check();
    for (const party of ['EU', 'E3', 'NATO', 'Belgium', 'ECB']) {
      await page.getByRole('checkbox', { name: party, exact: true }).uncheck();
    }
    await expect(page).toHaveURL(/mode=compare/);
    await expect(page).toHaveURL(/parties=russia,ukraine,united-states(&|$)/);

    const byIssue = page.getByRole('table', { name: /Issue by issue: Russia, Ukraine, United States/ });
    const nato = byIssue.getByRole('row', { name: /^NATO membership/ });
    await expect(nato).toContainText('Diverge');
    await expect(nato).toContainText(/\d of 4 steps apart; 3 of 3 known/);

    const heatmap = page.getByRole('table', { name: /Agreement between parties/ });
    const russiaRow = heatmap
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Russia' }) });
    await expect(russiaRow).toContainText(/\d+ %\s*\d+ issues/);
    await axe();
  });

  test('sorting by divergence puts the widest gaps first', async ({ page }) => {
    await open(page, '/?parties=russia,ukraine&issues=nato-membership,russian-gas,donbas');
    await page.getByLabel('Order issues').selectOption('divergence');
    await expect(page).toHaveURL(/sort=divergence/);
    const rowHeaders = page.getByRole('table', { name: /Stances of/ }).getByRole('rowheader');
    await expect(rowHeaders.first()).toContainText('NATO membership');
    await expect(rowHeaders.last()).toContainText('Russian gas');
  });
});

test.describe('the view lives in the URL', () => {
  test('reload and Back restore the same view', async ({ page }) => {
    await open(page, '/');
    await page.getByLabel('Filter issues').fill('nato');
    await expect(page).toHaveURL(/q=nato/);
    await page.getByRole('radio', { name: 'Parties', exact: true }).check();
    await expect(page).toHaveURL(/rows=parties/);
    await page.getByRole('button', { name: 'Move Ukraine earlier' }).click();
    await expect(page).toHaveURL(/parties=ukraine,russia,/);

    await page.reload();
    await expect(page.getByLabel('Filter issues')).toHaveValue('nato');
    await expect(page.getByRole('radio', { name: 'Parties', exact: true })).toBeChecked();
    const rowHeaders = page.getByRole('table', { name: /Stances of/ }).getByRole('rowheader');
    await expect(rowHeaders.first()).toHaveText('Ukraine');

    await page.goBack();
    await expect(page).toHaveURL(/rows=parties/);
    await expect(page).not.toHaveURL(/parties=ukraine,russia/);
    await expect(rowHeaders.first()).toHaveText('Russia');
    await page.goForward();
    await expect(rowHeaders.first()).toHaveText('Ukraine');
  });

  test('unknown values are dropped with a visible notice, never an error', async ({ page }) => {
    const response = await page.goto('/?parties=russia,atlantis&mode=pie&cell=x:y');
    expect(response?.status()).toBe(200);
    const notice = page.getByRole('status', { name: 'Link problems' });
    await expect(notice).toContainText('Ignored unknown party “atlantis”.');
    await expect(notice).toContainText('Ignored “mode” “pie”');
    await expect(page.getByRole('table', { name: /Stances of 1 parties/ })).toBeVisible();
  });
});

test.describe('small screens and dark mode', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`at 390 px in ${colorScheme} mode the page does not overflow sideways`, async ({ page, axe }) => {
      await page.emulateMedia({ colorScheme });
      await open(page, '/');
      await expect(page.getByRole('table', { name: /Stances of/ })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: test.info().outputPath(`home-390-${colorScheme}.png`), fullPage: true });
      await axe();
      for (const mode of ['compare', 'changes']) {
        await page.goto(`/?mode=${mode}&parties=russia,ukraine,united-states`);
        await expect(
          page.getByRole('region', { name: mode === 'compare' ? 'Comparison' : 'Changes' }),
        ).toBeVisible();
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(sideways, `${mode} at 390 px`).toBeLessThanOrEqual(0);
      }
      await page.goto('/?mode=compare&parties=russia,ukraine,united-states&cell=russia:donbas');
      await expect(page.getByRole('dialog')).toBeVisible();
      await axe();
    });
  }
});
