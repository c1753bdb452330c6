import { expect, open, test } from './fixtures';

const usOnDonbas = /^United States on Donbas withdrawal: /;

test('the as-of date shows the stance in force then, and the URL restores it', async ({ page, axe }) => {
  await open(page, '/?parties=united-states,ukraine,russia&asof=2025-12-31');
  const matrix = page.getByRole('table', { name: /^Stances of/ });
  const cell = matrix.getByRole('link', { name: usOnDonbas });
  await expect(cell).toHaveAccessibleName(/\(Supports\), 11 Dec 2025/);

  await page.getByLabel('As of', { exact: true }).fill('2025-12-01');
  await expect(page).toHaveURL(/asof=2025-12-01/);
  await expect(cell).toHaveAccessibleName(/Strongly supports/);
  await page.reload();
  await expect(page.getByLabel('As of', { exact: true })).toHaveValue('2025-12-01');
  await expect(cell).toHaveAccessibleName(/Strongly supports/);
  await cell.click();
  const dialog = page.getByRole('dialog', { name: 'United States of America on Donbas withdrawal' });
  await expect(dialog).toContainText('Crimea, Lugansk and Donetsk will be recognised as de facto Russian');
  await expect(dialog).toContainText(/later stances? of this cell (is|are) not shown/);
  await axe();
  await page.keyboard.press('Escape');

  await page.getByText(/^As of: jump to an event/).click();
  await page
    .getByRole('link', { name: /^20 Nov 2025: / })
    .first()
    .click();
  await expect(page).toHaveURL(/asof=2025-11-20/);
  await page.getByRole('link', { name: 'Use the latest evidence' }).click();
  await expect(page).not.toHaveURL(/asof=/);
  await expect(cell).toHaveAccessibleName(/, \d+ \w+ 2026/);
});

test('any date up to the data’s own as-of date is accepted', async ({ page }) => {
  for (const asof of ['2025-12-31', '2026-06-30']) {
    await page.goto(`/?asof=${asof}`);
    await expect(page.getByRole('status', { name: 'Link problems' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: /^Stances of/ })).toBeVisible();
  }
});

test('a cell’s history lists its dated stances, newest first, each saying why', async ({ page }) => {
  await open(page, '/?cell=united-states:donbas');
  const dialog = page.getByRole('dialog', { name: 'United States of America on Donbas withdrawal' });
  const stances = dialog.getByRole('region', { name: /^Stance of / });
  expect(await stances.count()).toBeGreaterThanOrEqual(2);
  const dates = await stances.evaluateAll((regions) =>
    regions.map((r) => r.getAttribute('aria-label') ?? ''),
  );
  const parsed = dates.map((d) => Date.parse(d.replace('Stance of ', '')));
  expect(parsed).toEqual([...parsed].sort((a, b) => b - a));
  await expect(stances.last()).toHaveAccessibleName('Stance of 20 November 2025');
  await expect(stances.first()).toContainText('Why this stance:');
  await expect(stances.first().getByRole('link', { name: /^Rule: / })).toHaveAttribute(
    'href',
    /^\/methodology#rule-/,
  );
});

test('the changes view opens on a stated, meaningful range and lists what moved', async ({ page, axe }) => {
  await open(page, '/?parties=united-states&issues=donbas,nato-membership');
  await page.getByText('Changes', { exact: true }).click();
  await expect(page).toHaveURL(/mode=changes/);
  const region = page.getByRole('region', { name: 'Changes' });
  await expect(region).toContainText(/The range opens at the last event before the latest change of stance/);
  // The range it opens on holds that change: the view never opens empty on restatements alone.
  await expect(region.getByRole('table', { name: /changed between/ })).toBeVisible();
  await page.getByLabel('Changes since', { exact: true }).fill('2025-11-20');
  await page.getByLabel('Changes up to', { exact: true }).fill('2025-12-11');
  await expect(page).toHaveURL(/mode=changes.*from=2025-11-20&asof=2025-12-11/);
  const changes = page.getByRole('table', { name: /stances? changed between 20 Nov 2025 and 11 Dec 2025/ });
  const donbas = changes.getByRole('row', { name: /United States on Donbas withdrawal/ });
  await expect(donbas).toContainText('Strongly supports');
  await expect(donbas).toContainText('11 Dec 2025');
  await axe();
  await page.reload();
  await expect(changes.getByRole('row', { name: /United States on Donbas withdrawal/ })).toBeVisible();
});

test('conflicting reports are marked, and the dialog shows them side by side', async ({ page, axe }) => {
  await open(page, '/?parties=russia&issues=us-peace-plan&asof=2025-12-31');
  const cell = page.getByRole('link', { name: /^Russia on The US peace plan: .*reports conflict/ });
  await expect(cell).toBeVisible();
  await cell.click();
  const dialog = page.getByRole('dialog', { name: 'Russian Federation on The US peace plan' });
  await expect(dialog).toContainText('Reports conflict');
  await expect(dialog).toContainText('tentatively acceptable');
  await expect(dialog).toContainText('more or less acceptable');
  await axe();
});

test('a note that is not a disagreement (a change over time) is shown, but does not mark the cell as conflicting', async ({
  page,
}) => {
  await open(page, '/?parties=ecb&issues=frozen-assets&asof=2025-12-31');
  const cell = page.getByRole('link', { name: /^ECB on Frozen Russian assets: / });
  await expect(cell).not.toHaveAccessibleName(/reports conflict/);
  await cell.click();
  const dialog = page.getByRole('dialog', { name: 'European Central Bank on Frozen Russian assets' });
  await expect(dialog).toContainText('Note: A change over time rather than a contradiction');
  await expect(dialog).not.toContainText('Reports conflict');
});

test('an outlet’s context to a remark is shown and cited as the outlet’s words, never as the speaker’s', async ({
  page,
}) => {
  await open(page, '/?parties=ecb&issues=frozen-assets&asof=2025-12-31&cell=ecb:frozen-assets');
  const dialog = page.getByRole('dialog', { name: 'European Central Bank on Frozen Russian assets' });
  const context = dialog.getByRole('figure').filter({ hasText: 'EU leaders have been debating for months' });
  await expect(context).toContainText('The outlet’s context, not a statement');
  await expect(context).toContainText(
    'On what Christine Lagarde, President of the European Central Bank, spoke of',
  );
  await dialog.getByText('Cite this cell').click();
  const statement = dialog.getByRole('combobox', { name: 'Statement' });
  await statement.selectOption({
    label:
      'Global Banking & Finance Review (Reuters copy)’s context to Christine Lagarde: EU leaders have been debating for months how…',
  });
  await expect(dialog.locator('pre').first()).toContainText(
    'Global Banking & Finance Review (Reuters copy), on what Christine Lagarde, President of the European Central Bank, spoke of on 10 December 2025: EU leaders have been debating',
  );
});
