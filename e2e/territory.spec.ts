import { expect, open, test } from './fixtures';

test('the territory page, reached from the home page, shows the November figures with their definitions', async ({
  page,
  axe,
}) => {
  await open(page, '/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Territory' }).click();
  await expect(page).toHaveURL(/\/territory$/);

  const november = page.getByRole('region', { name: 'Territory: November 2025' });
  const afp = november.getByRole('listitem').filter({ hasText: 'AFP analysis of ISW data' });
  await expect(afp).toContainText('701 km² (270 sq mi)');
  await expect(afp).toContainText('19.3 % of Ukraine');
  await expect(afp).toContainText('as well as those claimed by Moscow');
  await expect(afp).toContainText('Exactly 270.66 sq mi; AFP published 270.');
  await expect(november.getByRole('listitem').filter({ hasText: 'DeepState' })).toContainText('505 km²');
  const economist = november.getByRole('listitem').filter({ hasText: 'The Economist’s daily ISW series' });
  await expect(economist).toContainText('+595.7 km²');
  await expect(economist).toContainText('31 October 2025 → 30 November 2025');
  await expect(page.getByRole('region', { name: 'Claims are not control: Pokrovsk' })).toContainText(
    'Pokrovsk',
  );

  // Charts load when scrolled to, so the page's first load does not carry the chart library.
  const monthlyChart = page.getByRole('figure', { name: 'Chart of monthly gains by source' });
  await monthlyChart.scrollIntoViewIfNeeded();
  await expect(monthlyChart.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 15_000 });
  await expect(
    page.getByText('Source: The Economist, from ISW / Critical Threats Project data (CC BY 4.0)'),
  ).toBeVisible();
  await axe();
});

test('switching units and switching to tables update the URL, and a reload restores them', async ({
  page,
  axe,
}) => {
  await open(page, '/territory');
  await page.getByRole('radio', { name: 'sq mi' }).check();
  await expect(page).toHaveURL(/unit=sqmi/);
  await page.getByRole('radio', { name: 'Tables' }).check();
  await expect(page).toHaveURL(/display=table/);
  await page.getByRole('checkbox', { name: 'DeepState' }).check();
  await expect(page).toHaveURL(/series=afp-isw,deepstate/);

  await page.reload();
  await expect(page.getByRole('radio', { name: 'sq mi' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Tables' })).toBeChecked();
  const monthly = page.getByRole('table', { name: /Net monthly gains, sq mi/ });
  const november = monthly.getByRole('row', { name: /^November 2025/ });
  await expect(november).toContainText('270.66');
  await expect(november).toContainText('published as 270');
  await expect(november).toContainText('194.98');
  await axe();

  await page.getByRole('button', { name: 'The talks (Nov 2025 – Jan 2026)' }).click();
  await expect(page).toHaveURL(/from=2025-11-01&to=2026-01-31/);
  const daily = page.getByRole('table', { name: /Area assessed as Russian-controlled/ });
  await expect(daily.getByRole('row', { name: /^30 November 2025/ })).toContainText('19.869 %');

  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
});

test('bad territory parameters fall back with a notice', async ({ page }) => {
  const response = await page.goto('/territory?unit=acres&from=2030-01-01');
  expect(response?.status()).toBe(200);
  const notice = page.getByRole('status', { name: 'Link problems' });
  await expect(notice).toContainText('Ignored “unit” “acres”');
  await expect(notice).toContainText('Ignored “from” “2030-01-01”');
  await expect(page.getByRole('radio', { name: 'km²' })).toBeChecked();
});

for (const width of [1280, 390]) {
  test(`the territory page fits a ${width} px screen`, async ({ page, axe }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, '/territory');
    const dailyChart = page.getByRole('figure', { name: /Chart of the area/ });
    await dailyChart.scrollIntoViewIfNeeded();
    // The chart library loads on demand; a cold server can take a few seconds to serve it.
    await expect(dailyChart.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 15_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath(`territory-${width}.png`), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await axe();
  });
}
