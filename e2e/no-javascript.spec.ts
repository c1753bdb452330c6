import { expect, test } from './fixtures';

// Every view renders without JavaScript, and the controls work as GET forms: the URL is the form.
test.use({ javaScriptEnabled: false });

test('without JavaScript: choose parties, switch to compare, open a cell’s evidence as a page', async ({
  page,
  axe,
}) => {
  await page.goto('/');
  await expect(page.getByRole('table', { name: /^Stances of 8 parties/ })).toBeVisible();

  const parties = page.getByRole('group', { name: /^Parties/ });
  await parties.getByRole('link', { name: 'None of the parties' }).click();
  await expect(page).toHaveURL(/parties=(&|$)/);
  await expect(page.getByText('No parties chosen: tick at least one party.')).toBeVisible();
  for (const name of ['Russia', 'Ukraine', 'United States'])
    await parties.getByRole('checkbox', { name }).check();
  await page.getByText('Compare', { exact: true }).click();
  // The view switch has its own button beside it, so no reader has to find "Apply" at the foot of the settings.
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/mode=compare&parties=russia,ukraine,united-states(&|$)/);

  const table = page.getByRole('table', { name: 'Issue by issue: Russia, Ukraine, United States' });
  await expect(table.getByRole('row', { name: /^NATO membership/ })).toContainText('Diverge');
  await table.getByRole('link', { name: /^Russia on Donbas withdrawal/ }).click();
  await expect(page).toHaveURL(/cell=russia:donbas/);
  const evidence = page.getByRole('dialog', { name: 'Russian Federation on Donbas withdrawal' });
  await expect(evidence).toBeVisible();
  await expect(evidence).toContainText('Either we liberate these territories by force of arms');
  await axe();
  await evidence.getByRole('link', { name: 'Close' }).click();
  await expect(page).not.toHaveURL(/cell=/);
  await expect(page.getByRole('radio', { name: 'Compare' })).toBeChecked();
  // The other settings are sent with "Apply" at their foot.
  await page.getByLabel('Order issues').selectOption('divergence');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/mode=compare&parties=russia,ukraine,united-states&sort=divergence(&|$)/);
});

test('without JavaScript: jump to a negotiation event, then back to the latest evidence', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByText(/^As of: jump to an event \(\d+\)$/).click();
  const jump = page.getByRole('link', { name: /^2 Dec 2025: / }).first();
  await expect(jump).toBeVisible();
  await jump.click();
  await expect(page).toHaveURL(/[?&]asof=2025-12-02(&|$)/);
  await expect(page.getByRole('table', { name: /^Stances of 8 parties/ })).toHaveAccessibleName(
    /, as of 2 December 2025\./,
  );
  await page.getByRole('link', { name: 'Use the latest evidence' }).click();
  await expect(page).not.toHaveURL(/asof=/);
});
