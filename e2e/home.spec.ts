import { expect, test } from './fixtures';

test('the home page says what it is and how current its evidence is', async ({ page, axe }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The Russia–Ukraine talks, issue by issue',
  );
  await expect(page.getByText(/^Evidence to \d+ \w+ 20\d\d · data checked \d+ \w+ 20\d\d$/)).toBeVisible();
  await axe();
});

test('the sources page lists every source with its publisher and date, and says why one has no address', async ({
  page,
  axe,
}) => {
  await page.goto('/sources');
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /Envoy Witkoff Bridges Dialogue/ })).toContainText(
    'No web address',
  );
  await expect(table.getByRole('row', { name: /Area assessed as controlled by Russia/ })).toContainText(
    'The Economist',
  );
  await expect(table.getByRole('columnheader')).toHaveText(['Source', 'Publisher', 'Published', 'Kind']);
  await axe();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the sources page on a phone (${colorScheme})`, () => {
    test.use({ colorScheme, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('each source reads whole on screen: its title, note, publisher, date and kind', async ({
      page,
      axe,
    }) => {
      await page.goto('/sources');
      const table = page.getByRole('table', { name: /sources, newest first/ });
      const row = table.getByRole('row', { name: /Area assessed as controlled by Russia/ });
      // Whole inside the screen, not cut off by the page's edge or by a box that scrolls sideways.
      await expect(
        row.getByRole('link', { name: 'Area assessed as controlled by Russia (daily)' }),
      ).toBeInViewport({ ratio: 1 });
      await expect(row.getByText('Data licensed CC BY 4.0', { exact: false })).toBeInViewport({ ratio: 1 });
      const facts = row.getByText(/^The Economist, from ISW .* · Dataset$/);
      await expect(facts).toBeInViewport({ ratio: 1 });
      await expect(facts).toContainText('22 August 2026');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expect(table.getByRole('columnheader')).toHaveText(['Source']);
      await axe();
    });
  });
}

test('the methodology page shows the codebook, one anchor per rule, and runs its scripts', async ({
  page,
  axe,
}) => {
  await page.goto('/methodology');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methodology');
  await expect(page.getByRole('heading', { name: 'The codebook' })).toBeVisible();
  expect(await page.locator('[id^="rule-"]').count()).toBeGreaterThanOrEqual(10);
  // A rule that refers to another by its id links to it, and the other's heading shows that id.
  const direction = page.locator('#rule-direction');
  await direction.getByRole('link', { name: '‘demand-or-red-line’' }).click();
  await expect(page).toHaveURL(/#rule-demand-or-red-line$/);
  await expect(page.locator('#rule-demand-or-red-line h3')).toContainText('(‘demand-or-red-line’)');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  await axe();
});

test('the territory page links to how its figures are kept, converted, chosen and divided, told from the data', async ({
  page,
  axe,
}) => {
  await page.goto('/territory');
  await page.getByRole('link', { name: 'How the figures are kept and compared' }).click();
  await expect(page).toHaveURL(/\/methodology#territory-method$/);
  const section = page.getByRole('region', { name: 'Territory figures' });
  await expect(section).toBeInViewport();
  await expect(section.getByRole('heading', { name: 'Series are never spliced' })).toBeVisible();
  await expect(section.getByRole('listitem').filter({ hasText: /^DeepState .*\(gross: / })).toBeVisible();
  await expect(section).toContainText('1 sq mi = 2.589988110336 km²');
  await expect(section).toContainText(/printed \d+ sq mi beside \d+ km²; .* so Parley shows [\d.]+ sq mi/);
  for (const status of ['verified', 'revised', 'preliminary', 'secondary'])
    await expect(
      section.getByRole('term').filter({ hasText: new RegExp(`^${status} \\(\\d+ figures?\\):$`) }),
    ).toBeVisible();
  await expect(
    section.getByRole('heading', { name: 'Economist/ISW daily series: its months and long ranges' }),
  ).toBeVisible();
  await expect(section).toContainText(
    'last day assessed in the month less the area on the last day assessed in the month before',
  );
  await expect(section).toContainText(/every day of a range of up to \d+ days/);
  await expect(section.getByRole('listitem').filter({ hasText: '603,628 km²' })).toContainText(
    'the daily series’ own percent column divides by it',
  );
  await expect(section.getByRole('listitem').filter({ hasText: '603,549 km²' })).toBeVisible();
  await axe();
});

test('a party’s page lists its stances and marks those whose reports conflict, as the matrix does', async ({
  page,
  axe,
}) => {
  await page.goto('/parties/russia');
  const list = page.getByRole('table', { name: 'Latest stance of Russia on each issue' });
  const row = (issue: string) =>
    list.getByRole('row').filter({ has: page.getByRole('rowheader', { name: issue }) });
  await expect(row('Security guarantees')).toContainText('Reports conflict');
  await expect(row('Frozen Russian assets')).not.toContainText('Reports conflict');
  await axe();
});
