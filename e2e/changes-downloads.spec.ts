import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const parties = 'russia,ukraine,united-states';
const changesQuery = `?mode=changes&parties=${parties}&from=2025-11-20&asof=2025-12-11`;
const changesView = `/${changesQuery}`;
const matrixHeader =
  'issue_id,issue,party_id,party,stance,stance_value,basis,date,summary,rationale,rule,conflict,note,agreement,statements,sources';

type Row = Record<string, string>;

/** RFC 4180, as the files are written: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  const [header = [], ...rows] = records;
  return rows.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path()) ?? '', 'utf8') };
}

/** The changed cells the page lists: one row each, named "party on issue", the earlier date first. */
function shownChanges(page: Page) {
  return page
    .getByRole('table', { name: /stances? changed between/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
}

test('on the changes view, the CSV and JSON hold exactly the changed cells the page lists, before and after', async ({
  page,
  request,
}) => {
  await open(page, changesView);
  const caption = page.getByRole('table', { name: /stances? changed between 20 Nov 2025 and 11 Dec 2025/ });
  await expect(caption).toBeVisible();
  const shown = shownChanges(page);
  const names = (await shown.getByRole('rowheader').allTextContents()).map((n) => n.trim());
  expect(names.length).toBeGreaterThan(2);
  await expect(caption).toHaveAccessibleName(new RegExp(`^${names.length} stances changed`));

  const csvFile = await download(page, 'Download CSV');
  expect(csvFile.name).toBe('parley-stance-changes.csv');
  expect(csvFile.text.split('\r\n')[0]).toBe(
    'issue_id,issue,party_id,party,from,to,stance_before,stance_value_before,basis_before,date_before,summary_before,conflict_before,note_before,statements_before,sources_before,stance_after,stance_value_after,basis_after,date_after,summary_after,conflict_after,note_after,statements_after,sources_after',
  );
  const csv = parseCsv(csvFile.text);
  expect(csv.map((r) => `${r.party} on ${r.issue}`)).toEqual(names);
  for (const [i, row] of csv.entries()) {
    const [before, after] = [shown.nth(i).getByRole('cell').nth(0), shown.nth(i).getByRole('cell').nth(1)];
    expect([row.from, row.to]).toEqual(['2025-11-20', '2025-12-11']);
    expect(row.stance_before).not.toBe(row.stance_after);
    await expect(before.getByText(row.stance_before ?? '', { exact: true })).toBeVisible();
    await expect(after.getByText(row.stance_after ?? '', { exact: true })).toBeVisible();
    if (row.summary_before) await expect(before.getByText(row.summary_before, { exact: true })).toBeVisible();
    if (row.summary_after) await expect(after.getByText(row.summary_after, { exact: true })).toBeVisible();
    // A side with a stance names the reports it rests on; "no statement" rests on none.
    expect(row.sources_after === '').toBe(row.date_after === '');
    expect(row.sources_before === '').toBe(row.date_before === '');
  }
  expect(csv.some((r) => r.stance_before === 'No statement in our sources' && r.date_before === '')).toBe(
    true,
  );
  expect(csv.some((r) => r.date_before !== '' && r.sources_before?.includes('https://'))).toBe(true);

  const jsonFile = await download(page, 'Download JSON');
  expect(jsonFile.name).toBe('parley-stance-changes.json');
  const json = JSON.parse(jsonFile.text);
  const html = await (await request.get(changesView)).text();
  const ogTitle = html.match(/<meta property="og:title" content="([^"]*)"/)?.[1]?.replace(/&amp;/g, '&');
  expect(json.title).toBe(ogTitle);
  expect(json.title).toMatch(
    /^How Russia, Ukraine and United States moved on \d+ issues, 20 November 2025 to 11 December 2025$/,
  );
  expect([json.from, json.to]).toEqual(['2025-11-20', '2025-12-11']);
  expect(json.rows.map((r: Row) => `${r.party} on ${r.issue}`)).toEqual(names);
  expect(json.rows.map((r: Row) => [r.stance_before, r.stance_after])).toEqual(
    csv.map((r) => [r.stance_before, r.stance_after]),
  );
  // The view's sources are those of the changed cells on either date, and the page counts the same ones.
  const cited = new Set(
    json.rows.flatMap((r: { sources_before: string[]; sources_after: string[] }) => [
      ...r.sources_before,
      ...r.sources_after,
    ]),
  );
  expect(json.sources.map((s: { id: string }) => s.id).sort()).toEqual([...cited].sort());
  const share = page.getByRole('region', { name: 'Share this view' });
  await share.getByText('Cite this view').click();
  await expect(share.getByText(`Its ${json.sources.length} sources`)).toBeVisible();
});

test('the changes files agree with the matrix files, which stay one row per cell as before', async ({
  request,
}) => {
  const changes = parseCsv(await (await request.get(`/download/stances.csv${changesQuery}`)).text());
  expect(changes.length).toBeGreaterThan(2);
  const matrixView = `?parties=${parties}&asof=2025-12-11`;
  const matrixText = await (await request.get(`/download/stances.csv${matrixView}`)).text();
  expect(matrixText.split('\r\n')[0]).toBe(matrixHeader);
  const matrix = parseCsv(matrixText);
  const issues = new Set(matrix.map((r) => r.issue_id));
  expect(matrix).toHaveLength(issues.size * 3);
  // Each change ends on the stance the matrix shows for that cell on the later date.
  for (const change of changes) {
    const cell = matrix.find((r) => r.issue_id === change.issue_id && r.party_id === change.party_id);
    expect(cell?.stance, `${change.party} on ${change.issue}`).toBe(change.stance_after);
    expect(cell?.date).toBe(change.date_after);
  }
  const json = await (await request.get(`/download/stances.json${matrixView}`)).json();
  expect(json.title).toMatch(
    /^Where Russia, Ukraine and United States stand on \d+ issues, as of 11 December 2025$/,
  );
  expect(json.asOf).toBe('2025-12-11');
  expect(json.rows).toHaveLength(matrix.length);
  expect(Object.keys(json.rows[0])).toEqual(matrixHeader.split(','));
});

test('a changes view with nothing changed downloads files that say so', async ({ page }) => {
  await open(page, `/?mode=changes&parties=${parties}&from=2025-12-11&asof=2025-12-11`);
  await expect(
    page.getByRole('status').filter({ hasText: /No stance of the shown parties changed/ }),
  ).toBeVisible();
  const csv = await download(page, 'Download CSV');
  expect(csv.text.trim().split('\r\n')).toHaveLength(1);
  expect(csv.text).toMatch(/^issue_id,issue,party_id,party,from,to,stance_before,/);
  const json = JSON.parse((await download(page, 'Download JSON')).text);
  expect(json.title).toMatch(
    /^How Russia, Ukraine and United States moved on \d+ issues, 11 December 2025 to 11 December 2025$/,
  );
  expect(json.rows).toEqual([]);
  expect(json.sources).toEqual([]);
});
