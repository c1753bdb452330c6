import { expect, open, test } from './fixtures';

const matrixName = /^Stances of \d+ part(y|ies) on \d+ issues?/;

test.describe('stance matrix', () => {
  test('a cell opens its evidence: stance, rationale, quotes, speakers and sources', async ({
    page,
    axe,
  }) => {
    await open(page, '/?asof=2025-12-31');
    const matrix = page.getByRole('table', { name: matrixName });
    await matrix.getByRole('link', { name: /^Russia on Donbas withdrawal: .*Strongly supports/ }).click();
    await expect(page).toHaveURL(/[?&]cell=russia:donbas(&|$)/);
    const dialog = page.getByRole('dialog', { name: 'Russian Federation on Donbas withdrawal' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(
      'Measured against: “Ukraine withdraws its forces from all of the Donbas',
    );
    await expect(dialog).toContainText(
      'Either we liberate these territories by force of arms or Ukrainian troops leave',
    );
    await expect(dialog).toContainText('Vladimir Putin');
    await expect(dialog.getByRole('link', { name: /Putin says Russia will take all/ })).toHaveAttribute(
      'href',
      /^https:\/\/www\.straitstimes\.com\//,
    );
    await expect(dialog.getByText('Paraphrase', { exact: true }).first()).toBeVisible();
    await axe();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page).not.toHaveURL(/cell=/);
  });

  test('at 1280 × 800 the whole matrix is on one screen: every issue, every party, nothing cut off', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, '/');
    const matrix = page.getByRole('table', { name: /^Stances of 8 parties on 1[2-9] issues/ });
    const headers = matrix.getByRole('columnheader');
    await expect(headers).toHaveCount(9);
    await expect(headers.last()).toHaveText('ECB');
    const lastRow = matrix.getByRole('row').last();
    await expect(lastRow.getByRole('rowheader')).toBeInViewport({ ratio: 1 });
    await expect(lastRow.getByRole('link').last()).toBeInViewport({ ratio: 1 });
    await expect(headers.last()).toBeInViewport({ ratio: 1 });
    // Nothing hides sideways inside the table's scroll box either.
    const hidden = await matrix.evaluate((table) => {
      const box = table.parentElement;
      return box ? box.scrollWidth - box.clientWidth : Number.NaN;
    });
    expect(hidden).toBe(0);
  });

  test('opening a cell is a history entry: Back closes it, Forward reopens it', async ({ page }) => {
    await open(page, '/?parties=russia,ukraine');
    const cell = page.getByRole('link', { name: /^Ukraine on NATO membership: / });
    const dialog = page.getByRole('dialog', { name: 'Ukraine on NATO membership' });
    await cell.click();
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(/cell=ukraine:nato-membership/);
    await page.goBack();
    await expect(dialog).toBeHidden();
    await expect(page).not.toHaveURL(/cell=/);
    // Closed by Back, not by its own controls: focus still goes back to the cell it was opened from.
    await expect(cell).toBeFocused();
    await page.goForward();
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(/cell=ukraine:nato-membership/);
    // Closing writes the view without the cell; Back brings back the cell, open, as the address says.
    await dialog.getByRole('link', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(page).not.toHaveURL(/cell=/);
    await page.goBack();
    await expect(page).toHaveURL(/cell=ukraine:nato-membership/);
    await expect(dialog).toBeVisible();
  });

  test('the notice of a cell being opened shows for that navigation only', async ({ page }) => {
    await open(page, '/?parties=russia,ukraine');
    await page.getByRole('link', { name: /^Ukraine on NATO membership: / }).click();
    const dialog = page.getByRole('dialog', { name: 'Ukraine on NATO membership' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('link', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    // Hold the server's answer, so the next view is still on its way while the page is read.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/\?/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('radio', { name: 'Detailed' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Updating the view' })).toBeAttached();
    await expect(page.getByText('opening the evidence')).toHaveCount(0);
    release();
    await expect(page).toHaveURL(/density=comfortable/);
    await page.unrouteAll({ behavior: 'wait' });
  });

  test('the matrix is one Tab stop, with arrow keys, Home and End between cells', async ({ page }) => {
    await open(page, '/?parties=russia,ukraine,united-states&issues=donbas,nato-membership,frozen-assets');
    const matrix = page.getByRole('table', { name: matrixName });
    const first = matrix.getByRole('link', { name: /^Russia on Donbas withdrawal/ });
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(matrix.getByRole('link', { name: /^Ukraine on NATO membership/ })).toBeFocused();
    await page.keyboard.press('End');
    await expect(matrix.getByRole('link', { name: /^United States on NATO membership/ })).toBeFocused();
    await page.keyboard.press('Control+Home');
    await expect(first).toBeFocused();
    // Leaving the table takes one Tab, whichever cell had focus.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await matrix.evaluate((table) => table.contains(document.activeElement))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    const russiaOnNato = matrix.getByRole('link', { name: /^Russia on NATO membership/ });
    await expect(russiaOnNato).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Russian Federation on NATO membership' });
    await expect(dialog).toBeVisible();
    // Closing gives focus back to the cell it was opened from.
    await dialog.getByRole('link', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(russiaOnNato).toBeFocused();
  });

  test('the evidence is modal: focus starts in it, Tab wraps inside it, Escape and the backdrop close it', async ({
    page,
  }) => {
    await open(page, '/?parties=russia,ukraine&issues=donbas,nato-membership');
    const cell = page
      .getByRole('table', { name: matrixName })
      .getByRole('link', { name: /^Ukraine on Donbas/ });
    await cell.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ukraine on Donbas withdrawal' });
    await expect(dialog).toBeVisible();
    const close = dialog.getByRole('link', { name: 'Close' });
    await expect(close).toBeFocused();
    // Backwards from the first control is the last one of the dialog, never the page behind it.
    await page.keyboard.press('Shift+Tab');
    expect(
      await dialog.evaluate((d) => d.contains(document.activeElement) && document.activeElement !== d),
    ).toBe(true);
    await expect(close).not.toBeFocused();
    await page.keyboard.press('Tab');
    await expect(close).toBeFocused();
    // A click on the dialog's text takes focus off its controls; Tab comes back in, and Escape still closes it.
    await dialog.getByRole('heading', { name: 'Ukraine on Donbas withdrawal' }).click();
    await page.keyboard.press('Tab');
    await expect(close).toBeFocused();
    await dialog.getByText('Measured against').click();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(cell).toBeFocused();
    // The view without the cell is a history entry once its URL is written; Back then returns to the cell.
    await expect(page).not.toHaveURL(/cell=/);
    await page.goBack();
    await expect(dialog).toBeVisible();
    // The page behind takes no clicks: a click there lands on the backdrop, which closes the dialog.
    await page.mouse.click(5, 5);
    await expect(dialog).toBeHidden();
    await expect(page).not.toHaveURL(/cell=/);
    await expect(cell).toBeFocused();
  });

  test('after the view changes, the table is still exactly one Tab stop', async ({ page }) => {
    await open(page, '/?parties=russia,ukraine&issues=donbas,nato-membership,frozen-assets');
    const matrix = page.getByRole('table', { name: matrixName });
    await matrix.getByRole('link', { name: /^Ukraine on Frozen Russian assets/ }).focus();
    // The focused cell's issue goes away: one cell must still take the Tab stop.
    await page.getByRole('searchbox', { name: 'Filter issues' }).fill('donbas');
    await expect(matrix.getByRole('rowheader')).toHaveText(['Donbas withdrawal']);
    const stops = await matrix.evaluate(
      (table) =>
        [...table.querySelectorAll('tbody a')].filter((a) => (a as HTMLElement).tabIndex === 0).length,
    );
    expect(stops).toBe(1);
  });

  test('“no statement in our sources” is a value of its own, explained, never a neutral stance', async ({
    page,
  }) => {
    await open(page, '/?parties=belgium&issues=donbas,frozen-assets');
    await expect(
      page.getByRole('link', {
        name: /^Belgium on Donbas withdrawal: No statement \(No statement in our sources\)$/,
      }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: /^Belgium on Frozen Russian assets: (?!No statement)/ }),
    ).toBeVisible();
    await expect(
      page.getByText(/It does not mean the party has no view, and it is not a neutral stance/),
    ).toBeVisible();
  });

  test('a cell with no statement shows the reports read for it and why they were set aside', async ({
    page,
    axe,
  }) => {
    await open(page, '/?cell=russia:army-cap');
    const dialog = page.getByRole('dialog', { name: /on Cap on Ukraine's army$/ });
    await expect(dialog).toContainText('No statement in our sources');
    const setAside = dialog
      .getByRole('group')
      .filter({ hasText: /Also read: \d+ reports? set aside, and why/ });
    await expect(setAside.getByText(/^Set aside: /).first()).toBeVisible();
    await expect(setAside.getByRole('link', { name: /^Rule: / }).first()).toHaveAttribute(
      'href',
      /^\/methodology#rule-/,
    );
    await axe();
  });

  test('a link to a cell outside its view opens the evidence, says why the table lacks it, and adds it', async ({
    page,
  }) => {
    await open(page, '/?parties=russia,ukraine&q=gas&cell=belgium:frozen-assets');
    const dialog = page.getByRole('dialog', { name: 'Kingdom of Belgium on Frozen Russian assets' });
    await expect(dialog).toContainText(
      'This cell is not in the table behind: Kingdom of Belgium is not among this view’s parties, and the filter “gas” hides Frozen Russian assets.',
    );
    await dialog.getByRole('link', { name: 'Show it in the view' }).click();
    await expect(page).toHaveURL(/\?parties=russia,ukraine,belgium&cell=belgium:frozen-assets$/);
    await expect(dialog.getByText('This cell is not in the table behind')).toHaveCount(0);
    await page.keyboard.press('Escape');
    const matrix = page.getByRole('table', { name: matrixName });
    await expect(matrix.getByRole('link', { name: /^Belgium on Frozen Russian assets: / })).toBeVisible();
  });

  test('a cell seen as of an earlier date says its notes are written with later reporting', async ({
    page,
  }) => {
    const caveat = /^Seen as of 20 December 2025: the stances are those in force then, but the notes/;
    await open(page, '/?asof=2025-12-20&cell=russia:donbas');
    const dialog = page.getByRole('dialog', { name: 'Russian Federation on Donbas withdrawal' });
    await expect(dialog).toContainText('Reports conflict');
    await expect(dialog.getByText(caveat)).toBeVisible();
    await open(page, '/?cell=russia:donbas');
    await expect(dialog.getByRole('region', { name: /^Stance of / }).first()).toBeVisible();
    await expect(dialog.getByText(caveat)).toHaveCount(0);
  });

  test('a link to a cell that did not move opens on the changes view, which says so and offers the matrix', async ({
    page,
  }) => {
    await open(page, '/?mode=changes&from=2025-11-20&asof=2025-12-11&cell=russia:frozen-assets');
    const changes = page.getByRole('table', { name: /stances changed between 20 Nov 2025 and 11 Dec 2025/ });
    await expect(changes.getByRole('link', { name: 'Russia on Frozen Russian assets' })).toHaveCount(0);
    const dialog = page.getByRole('dialog', { name: 'Russian Federation on Frozen Russian assets' });
    await expect(dialog).toContainText(
      'This cell is not in the table behind: its stance did not change between 20 Nov 2025 and 11 Dec 2025, and the table lists only the stances that did.',
    );
    await dialog.getByRole('link', { name: 'Show it in the matrix' }).click();
    await expect(page).not.toHaveURL(/mode=/);
    await expect(page).toHaveURL(/[?&]cell=russia:frozen-assets$/);
    await expect(dialog.getByText('This cell is not in the table behind')).toHaveCount(0);
    await page.keyboard.press('Escape');
    const matrix = page.getByRole('table', { name: matrixName });
    await expect(matrix.getByRole('link', { name: /^Russia on Frozen Russian assets: / })).toBeVisible();
  });

  test('columns follow the order of the parties in the URL; the density is in the URL too', async ({
    page,
  }) => {
    await open(page, '/?parties=ukraine,russia&issues=donbas');
    const matrix = page.getByRole('table', { name: matrixName });
    await expect(matrix.getByRole('columnheader')).toHaveText(['Issue', 'Ukraine', 'Russia']);
    await page.getByText('Column order').click();
    await page.getByRole('link', { name: 'Move Russia earlier' }).click();
    await expect(page).toHaveURL(/parties=russia,ukraine/);
    await expect(matrix.getByRole('columnheader')).toHaveText(['Issue', 'Russia', 'Ukraine']);
    await page.getByRole('radio', { name: 'Detailed' }).check();
    await expect(page).toHaveURL(/density=comfortable/);
    await expect(matrix.getByRole('cell').first()).toContainText(
      /Stated by the party|Reported by others|Inferred/,
    );
  });
});

test.describe('narrowing the view', () => {
  test('“only” keeps one party and “all” brings the rest back; the list keeps its order', async ({
    page,
  }) => {
    await open(page, '/');
    const parties = page.getByRole('group', { name: /^Parties/ });
    await parties.getByRole('link', { name: 'Only Ukraine' }).click();
    await expect(page).toHaveURL(/parties=ukraine(&|$)/);
    await expect(parties.getByRole('checkbox')).toHaveCount(8);
    await expect(parties.getByRole('checkbox', { name: 'Ukraine' })).toBeChecked();
    await expect(parties.getByRole('checkbox', { name: 'Russia' })).not.toBeChecked();
    await parties.getByRole('checkbox', { name: 'Russia' }).check();
    await expect(page).toHaveURL(/parties=ukraine,russia(&|$)/);
    await expect(parties.getByRole('checkbox').first()).toHaveAccessibleName('Russia');
    await parties.getByRole('link', { name: 'All parties' }).click();
    await expect(page).not.toHaveURL(/parties=/);
  });

  test('the filter takes several words, and says when one matches nothing', async ({ page }) => {
    await open(page, '/');
    await page.getByRole('searchbox', { name: 'Filter issues' }).fill('donbas nato frozen');
    await expect(page).toHaveURL(/q=donbas\+nato\+frozen/);
    const matrix = page.getByRole('table', { name: matrixName });
    await expect(matrix.getByRole('rowheader')).toHaveText([
      'Donbas withdrawal',
      'NATO membership',
      'Frozen Russian assets',
    ]);
    await page.getByRole('searchbox', { name: 'Filter issues' }).fill('moonbase');
    await expect(page.getByText('No chosen issue matches “moonbase”.', { exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Clear the filter/ })).toBeVisible();
  });

  test('sorting by divergence puts the widest gaps first, and by a party sorts by its stance', async ({
    page,
  }) => {
    await open(page, '/?parties=russia,ukraine&issues=nato-membership,russian-gas,donbas');
    await page.getByLabel('Order issues').selectOption('divergence');
    await expect(page).toHaveURL(/sort=divergence/);
    const rowHeaders = page.getByRole('table', { name: matrixName }).getByRole('rowheader');
    await expect(rowHeaders.first()).toHaveText(/NATO membership|Donbas withdrawal/);
    await expect(rowHeaders.last()).toHaveText('Russian gas imports');
    await page.getByLabel('Order issues').selectOption({ label: 'By Russia’s stance' });
    await expect(page).toHaveURL(/sort=party:russia/);
  });
});

test.describe('the view lives in the URL', () => {
  test('reload and Back restore the same view', async ({ page }) => {
    await open(page, '/');
    await page.getByText('Compare', { exact: true }).click();
    await expect(page).toHaveURL(/mode=compare/);
    await page.getByRole('link', { name: 'Negotiating parties' }).click();
    await expect(page).toHaveURL(/mode=compare&parties=russia,ukraine,united-states/);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Compare' })).toBeChecked();
    await expect(
      page.getByRole('group', { name: /^Parties/ }).getByRole('checkbox', { name: 'EU' }),
    ).not.toBeChecked();
    await page.goBack();
    await expect(page).not.toHaveURL(/parties=/);
    await expect(page.getByRole('radio', { name: 'Compare' })).toBeChecked();
    await page.goBack();
    await expect(page.getByRole('radio', { name: 'Matrix' })).toBeChecked();
  });

  test('unknown values are dropped with a visible notice, never an error', async ({ page }) => {
    const response = await page.goto('/?parties=russia,atlantis&mode=pie&cell=x:y');
    expect(response?.status()).toBe(200);
    const notice = page.getByRole('status', { name: 'Link problems' });
    await expect(notice).toContainText('Ignored unknown party “atlantis”.');
    await expect(notice).toContainText('Ignored “mode” “pie”');
    await expect(page.getByRole('table', { name: /^Stances of 1 party on/ })).toBeVisible();
  });
});

test('a page that takes no parameters says it ignored them, and shows itself as usual', async ({ page }) => {
  for (const [path, heading] of [
    ['/sources?bogus=1', 'Sources'],
    ['/methodology?bogus=1', 'Methodology'],
    ['/parties/russia?bogus=1', 'Russian Federation'],
    ['/issues/donbas?bogus=1', 'Donbas withdrawal'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Link problems' })).toContainText(
      'Ignored unknown parameter “bogus”.',
    );
  }
  await page.goto('/sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Link problems' })).toHaveCount(0);
});

test.describe('small screens and dark mode', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`at 390 px in ${colorScheme} mode nothing overflows, and the issue column stays put`, async ({
      page,
      axe,
    }) => {
      await page.emulateMedia({ colorScheme });
      await open(page, '/');
      const matrix = page.getByRole('table', { name: matrixName });
      await expect(matrix).toBeVisible();
      const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await sideways()).toBeLessThanOrEqual(0);
      const issue = matrix.getByRole('rowheader').first();
      const before = await issue.boundingBox();
      await matrix.evaluate((table) => table.parentElement?.scrollBy({ left: 400 }));
      expect((await issue.boundingBox())?.x).toBe(before?.x);
      await axe();
      for (const mode of ['compare', 'changes']) {
        await page.goto(`/?mode=${mode}&parties=russia,ukraine,united-states`);
        await expect(
          page.getByRole('region', { name: mode === 'compare' ? 'Comparison' : 'Changes' }),
        ).toBeVisible();
        expect(await sideways(), `${mode} at 390 px`).toBeLessThanOrEqual(0);
      }
      // The changes table scrolls sideways at this width; its caption still reads whole, within the screen.
      const caption = await page.getByText(/stances? changed between/).boundingBox();
      expect(caption && caption.x + caption.width).toBeLessThanOrEqual(390);
      await page.getByRole('button', { name: 'View settings' }).click();
      await expect(page.getByRole('group', { name: /^Parties/ })).toBeInViewport();
      await page
        .getByRole('group', { name: /^Parties/ })
        .getByRole('link', { name: 'Only Ukraine' })
        .click();
      await expect(page.getByRole('status').filter({ hasText: /1 party/ })).toBeVisible();
      await axe();
    });
  }
});
