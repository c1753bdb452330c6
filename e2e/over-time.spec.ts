import { expect, open, test } from './fixtures';

const usOnDonbas = /^United States on Donbas withdrawal: /;

test('the as-of date shows the stance in force then, and the URL restores it', async ({ page, axe }) => {
  await open(page, '/?parties=united-states,ukraine,russia');
  const matrix = page.getByRole('table', { name: /Stances of/ });
  await expect(matrix.getByRole('button', { name: usOnDonbas })).toHaveAccessibleName(/Mixed or conditional/);

  await page.getByRole('textbox', { name: 'As of, date' }).fill('2025-12-01');
  await expect(page).toHaveURL(/asof=2025-12-01/);
  await expect(matrix.getByRole('button', { name: usOnDonbas })).toHaveAccessibleName(/Strongly supports/);
  await page.reload();
  await expect(page.getByRole('slider', { name: 'As of, by day' })).toHaveAttribute(
    'aria-valuetext',
    '1 December 2025',
  );
  await expect(matrix.getByRole('button', { name: usOnDonbas })).toHaveAccessibleName(/Strongly supports/);
  await matrix.getByRole('button', { name: usOnDonbas }).click();
  const dialog = page.getByRole('dialog', { name: 'United States of America on Donbas withdrawal' });
  await expect(dialog).toContainText('Crimea, Lugansk and Donetsk will be recognised as de facto Russian');
  await axe();
  await page.keyboard.press('Escape');

  // The slider answers the keyboard: Home goes to the first day, End to the latest.
  const slider = page.getByRole('slider', { name: 'As of, by day' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page).not.toHaveURL(/asof=/);
  await expect(matrix.getByRole('button', { name: usOnDonbas })).toHaveAccessibleName(/Mixed or conditional/);
  await axe();
});

test('a cell’s history lists its dated stances in order, newest first', async ({ page }) => {
  await open(page, '/?cell=united-states:donbas');
  const dialog = page.getByRole('dialog', { name: 'United States of America on Donbas withdrawal' });
  const stances = dialog.getByRole('region', { name: /^Stance of / });
  await expect(stances).toHaveCount(3);
  await expect(stances.first()).toHaveAccessibleName('Stance of 28 December 2025');
  await expect(stances.last()).toHaveAccessibleName('Stance of 20 November 2025');
});

test('the changes between two dates list the cells that moved, from what to what', async ({ page, axe }) => {
  await open(page, '/?parties=united-states&issues=donbas,nato-membership');
  await page.getByRole('radio', { name: 'Changes between dates' }).check();
  await page.getByRole('textbox', { name: 'Changes since, date' }).fill('2025-11-20');
  await page.getByRole('textbox', { name: 'Changes up to, date' }).fill('2025-12-11');
  await expect(page).toHaveURL(/mode=changes.*from=2025-11-20&asof=2025-12-11/);

  const changes = page.getByRole('table', {
    name: /cells? changed between 20 November 2025 and 11 December 2025/,
  });
  const donbas = changes.getByRole('row', { name: /United States on Donbas withdrawal/ });
  await expect(donbas).toContainText('Strongly supports');
  await expect(donbas).toContainText('Supports');
  await axe();

  await page.reload();
  await expect(changes.getByRole('row', { name: /United States on Donbas withdrawal/ })).toBeVisible();
});

test('conflicting reports are marked, and the dialog shows them side by side', async ({ page, axe }) => {
  await open(page, '/?parties=russia&issues=us-peace-plan');
  const cell = page.getByRole('button', { name: /^Russia on The US peace plan: .*reports conflict/ });
  await expect(cell).toBeVisible();
  await cell.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Reports conflict');
  await expect(dialog).toContainText('tentatively acceptable');
  await expect(dialog).toContainText('more or less acceptable');
  await axe();
});
