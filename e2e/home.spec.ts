import { expect, test } from './fixtures';

test('the home page shows the parties, the issues, November 2025 and its sources', async ({ page, axe }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The Russia–Ukraine talks, issue by issue',
  );

  const november = page.getByRole('region', { name: 'Territory: November 2025' });
  await expect(november).toContainText('701 km² (270 sq mi)');
  await expect(november).toContainText('19.3 % of Ukraine');
  await expect(november).toContainText('505 km²');
  await expect(november).toContainText('+595.7 km²');
  await expect(november).toContainText('as well as those claimed by Moscow');

  const parties = page.getByRole('region', { name: 'The parties and who speaks for them' });
  for (const name of [
    'Russian Federation',
    'Ukraine',
    'United States',
    'North Atlantic Treaty Organization',
    'Belgium',
    'European Central Bank',
  ]) {
    await expect(parties.getByRole('heading', { name: new RegExp(name) }).first()).toBeVisible();
  }
  await expect(parties).toContainText('President of the United States');

  const issues = page.getByRole('region', { name: 'The issues' });
  await expect(issues).toContainText('Donbas');
  await expect(issues).toContainText('NATO');

  const sources = page.getByRole('region', { name: 'Sources on this page' });
  await expect(sources).toContainText(
    'Envoy Witkoff Bridges Dialogue Between Moscow and Kyiv Amidst Escalating Conflict',
  );
  await expect(sources.getByRole('link', { name: /November/ }).first()).toHaveAttribute(
    'href',
    /^https:\/\//,
  );

  await axe();
});

test('the sources page lists every source with its publisher and date', async ({ page, axe }) => {
  await page.goto('/sources');
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /Envoy Witkoff Bridges Dialogue/ })).toContainText(
    'no address',
  );
  await expect(table.getByRole('row', { name: /Area assessed as controlled by Russia/ })).toContainText(
    'The Economist',
  );
  await axe();
});

test('the prerendered methodology page runs its scripts under its hash-based policy', async ({
  page,
  axe,
}) => {
  await page.goto('/methodology');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methodology');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  await axe();
});
