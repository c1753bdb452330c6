import { readFileSync } from 'node:fs';
import { expect, open, test } from './fixtures';

// The server for this file reads e2e/fixtures/hostile-data, whose issue title, summary and quote carry markup.
const markup = '<script>alert("x")</script><img src=x onerror=alert(1)>';

test('markup in the data is shown as text in the table, the dialog, the preview and the CSV', async ({
  page,
  request,
}) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a script ran: ${dialog.message()}`);
  });
  await open(page, '/?density=comfortable');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Markup <b>in</b> a case title');
  const cell = page.getByRole('link', { name: /^Russia on Donbas .*: Strongly supports/ });
  await expect(page.getByRole('table', { name: /Stances of/ })).toContainText(`Summary ${markup}`);
  await expect(page.getByRole('rowheader', { name: `Donbas ${markup}` })).toBeVisible();

  await cell.click();
  const dialog = page.getByRole('dialog', { name: /^Russian Federation on Donbas/ });
  await expect(dialog).toContainText(`Quote ${markup}`);
  expect(await page.locator('img[src="x"]').count(), 'no injected image element').toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBeGreaterThan(0);

  const html = await (await request.get('/?cell=russia:donbas')).text();
  expect(html).not.toContain('<img src=x');
  expect(html).not.toContain('<script>alert');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');

  const image = await request.get('/og/stances?cell=russia:donbas');
  expect(image.status()).toBe(200);
  expect((await image.body()).subarray(1, 4).toString('latin1')).toBe('PNG');

  await page.keyboard.press('Escape');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv).toContain(`"Summary <script>alert(""x"")</script><img src=x onerror=alert(1)>"`);
});
