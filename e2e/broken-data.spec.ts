import { expect, test } from './fixtures';

// The server for this file reads e2e/fixtures/broken-data, whose issues.json is not valid JSON.

test('broken data gives a friendly 500 with no stack trace, never a half-rendered page', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/territory', '/?mode=compare']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(500);
    const html = await response.text();
    expect(html).not.toMatch(/\bat \S+ \(|DataError|issues\.json|node_modules/);
    expect(html).not.toContain('Stances of');
  }
  const response = await page.goto('/');
  expect(response?.status()).toBe(500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Something went wrong|Parley is unavailable/,
  );
});
