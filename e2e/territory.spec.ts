import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const panel = (page: Page, month: string) => page.getByRole('region', { name: `${month}, by source` });
const card = (region: Locator, source: string | RegExp) => region.getByRole('article', { name: source });

/** Scrolls a chart into view and waits for the interactive chart, which loads only then. */
async function chartOf(page: Page, figure: string | RegExp) {
  const chart = page.getByRole('figure', { name: figure });
  await chart.scrollIntoViewIfNeeded();
  // The chart library loads on demand; a cold server can take a few seconds to serve it.
  await expect(chart.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 15_000 });
  return chart;
}

/** The daily series' last day, read from the data, and how the pages name the month it ends in. */
function dailySeriesEnd() {
  const { territory } = JSON.parse(readFileSync('data/case.json', 'utf8'));
  const lines = readFileSync(`data/${territory.daily.file}`, 'utf8').trim().split('\n');
  const end = lines.at(-1)?.split(',')[0] ?? '';
  const date = new Date(`${end}T00:00:00Z`);
  const name = (options: Intl.DateTimeFormatOptions) =>
    date.toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' });
  const monthEnd = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return {
    month: end.slice(0, 7),
    /** "August 2030 (to 21 Aug)", as a table row, a tooltip and the title name it. */
    label: `${name({ month: 'long', year: 'numeric' })} (to ${date.getUTCDate()} ${name({ month: 'short' })})`,
    period: `1–${date.getUTCDate()} ${name({ month: 'long', year: 'numeric' })}`,
    endsMidMonth: date.getUTCDate() < monthEnd,
  };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the territory page, reached from the home page, shows each source’s November figure saying what it is', async ({
  page,
  axe,
}) => {
  await open(page, '/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Territory' }).click();
  await expect(page).toHaveURL(/\/territory$/);

  const november = panel(page, 'November 2025');
  const afp = card(november, 'AFP analysis of ISW data');
  await expect(afp).toContainText('+701 km²');
  await expect(afp).toContainText('net change in November');
  await expect(afp).toContainText('+270 sq mi as AFP published it; +270.66 sq mi converted from +701 km²');
  await expect(afp).toContainText('19.3 % of Ukraine');
  await expect(afp).toContainText('as well as those claimed by Moscow');
  await expect(afp).toContainText('Keep in mind: Two descriptions of what AFP counts disagree');
  const deepstate = card(november, /^DeepState/);
  await expect(deepstate).toContainText('505 km²');
  await expect(deepstate).toContainText('gained in November');
  const daily = card(november, 'Economist/ISW daily series');
  await expect(daily).toContainText('+595.7 km²');
  await expect(daily).toContainText('net change, 31 Oct → 30 Nov');
  await expect(daily).toContainText('19.869 % of 603,628 km²');

  const monthly = await chartOf(page, 'Monthly change, by source');
  await expect(monthly).toContainText('Source: AFP, from ISW / Critical Threats Project data');
  for (const name of [
    'AFP analysis of ISW data',
    'DeepState (DeepStateMap.live)',
    'Economist/ISW daily series',
  ])
    await expect(monthly.getByRole('checkbox', { name })).toBeChecked();
  const dailyChart = await chartOf(page, /change since/);
  await expect(dailyChart).toContainText(
    'Source: The Economist, from ISW / Critical Threats Project data (CC BY 4.0)',
  );
  await expect(dailyChart).toContainText('Zero is the area on the first day');
  await axe();
});

test('the month control shows the same side-by-side panel for any month with figures', async ({
  page,
  axe,
}) => {
  await open(page, '/territory');
  const select = page.getByRole('combobox', { name: 'Month' });
  const option = await select.locator('option[value="2026-02"]').textContent();
  const sources = Number(option?.match(/^February 2026 \((\d+) sources\)$/)?.[1]);
  expect(sources).toBeGreaterThanOrEqual(4);
  await select.selectOption('2026-02');
  await expect(page).toHaveURL(/month=2026-02/);
  const february = panel(page, 'February 2026');
  await expect(february.getByRole('article')).toHaveCount(sources);
  // Each source's February figure as published, saying what it is; the daily series' month as worked out.
  const figures: [string, string, string][] = [
    ['AFP analysis of ISW data', '+123 km²', 'net change in February'],
    ['DeepState (DeepStateMap.live)', '126 km²', 'gained in February'],
    ['Black Bird Group (net change)', '−37 km²', 'net change in February'],
    ['Economist/ISW daily series', '+127.8 km²', 'net change, 31 Jan → 28 Feb'],
  ];
  for (const [source, value, what] of figures) {
    const figure = card(february, source);
    await expect(figure).toBeVisible();
    await expect(figure).toContainText(value);
    await expect(figure).toContainText(what);
  }
  await axe();

  await page.reload();
  await expect(select).toHaveValue('2026-02');
  await page.goBack();
  await expect(panel(page, 'November 2025')).toBeVisible();

  await page.getByRole('navigation', { name: 'Months either side' }).getByRole('link').last().click();
  await expect(page).toHaveURL(/month=2025-12/);
  await expect(panel(page, 'December 2025')).toBeVisible();
});

test('switching units, tables and series update the URL, and a reload restores them', async ({
  page,
  axe,
}) => {
  await open(page, '/territory');
  await page.getByRole('radio', { name: 'sq mi' }).check();
  await expect(page).toHaveURL(/unit=sqmi/);
  await expect(card(panel(page, 'November 2025'), 'AFP analysis of ISW data')).toContainText('+270 sq mi');
  await page.getByRole('radio', { name: 'Tables' }).check();
  await expect(page).toHaveURL(/display=table/);

  await page.reload();
  await expect(page.getByRole('radio', { name: 'sq mi' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Tables' })).toBeChecked();
  const monthly = page.getByRole('table', { name: /Monthly change, by source, sq mi/ });
  const november = monthly.getByRole('row', { name: /^November 2025/ });
  await expect(november).toContainText('+270.66');
  await expect(november).toContainText('published as +270 sq mi');
  await expect(monthly.getByRole('row', { name: /^October 2025/ })).toContainText(
    'published as +286 sq mi, which does not match its km²',
  );
  await expect(november).toContainText('194.98');
  // A month a source published nothing for is a gap, never a zero.
  await expect(monthly.getByRole('row', { name: /^April 2024/ })).toContainText('no figure');
  await axe();

  await page.getByRole('checkbox', { name: /^DeepState/ }).uncheck();
  await expect(page).toHaveURL(/series=afp-isw,[a-z0-9,-]*economist-isw-daily/);
  await expect(page).not.toHaveURL(/deepstate/);
  await expect(monthly.getByRole('columnheader', { name: /DeepState/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'Around November 2025' }).click();
  await expect(page).toHaveURL(/from=2025-10-01&to=2025-12-31/);
  const daily = page.getByRole('table', { name: /day by day/ });
  await expect(daily.getByRole('row', { name: /^30 November 2025/ })).toContainText('19.869');
  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
});

test('a control changed while the last change is on its way keeps that one too', async ({ page }) => {
  await open(page, '/territory');
  // Hold the server's answers, so the second change is made before the first view has arrived.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/territory\?/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('radio', { name: 'sq mi' }).check();
  await page.getByRole('checkbox', { name: /^DeepState/ }).uncheck();
  await expect(page.getByRole('radio', { name: 'sq mi' })).toBeChecked();
  release();
  await expect(page).toHaveURL(/unit=sqmi/);
  await expect(page).toHaveURL(/series=afp-isw,/);
  await expect(page).not.toHaveURL(/deepstate/);
  await expect(card(panel(page, 'November 2025'), 'AFP analysis of ISW data')).toContainText('+270 sq mi');
  await page.unrouteAll({ behavior: 'wait' });
});

test('bad territory parameters fall back with a notice', async ({ page }) => {
  const response = await page.goto('/territory?unit=acres&from=2030-01-01&month=2030-01&series=atlantis');
  expect(response?.status()).toBe(200);
  const notice = page.getByRole('status', { name: 'Link problems' });
  await expect(notice).toContainText('Ignored “unit” “acres”');
  await expect(notice).toContainText('Ignored “from” “2030-01-01”');
  await expect(notice).toContainText('Ignored “month” “2030-01”: no source has figures for that month.');
  await expect(notice).toContainText('Ignored unknown series “atlantis”.');
  await expect(page.getByRole('radio', { name: 'km²' })).toBeChecked();
  await expect(panel(page, 'November 2025')).toBeVisible();
});

test('the events are numbered markers on the daily chart, in step with the events list', async ({ page }) => {
  await open(page, '/territory?from=2025-11-15&to=2025-12-31');
  const chart = await chartOf(page, /change since/);
  const marker = chart.getByRole('link', { name: /^Events? 1[–:]/ });
  await marker.focus();
  const tip = chart.getByRole('tooltip');
  await expect(tip).toContainText('1. 20 Nov 2025: US 28-point draft presented in Kyiv');
  const list = page.getByRole('region', { name: /Negotiation events in this range/ });
  await expect(list.getByRole('listitem').first()).toContainText(
    '20 Nov 2025: US 28-point draft presented in Kyiv',
  );
  await marker.press('Enter');
  await expect(page).toHaveURL(/#event-1$/);
});

test('the daily chart’s dates say which day each tick is on a short range, each label once', async ({
  page,
}) => {
  await open(page, '/territory?from=2025-10-01&to=2025-12-31');
  const chart = await chartOf(page, /change since/);
  const labels = chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
  await expect(labels.first()).toBeVisible();
  const texts = await labels.allTextContents();
  // Weekly ticks at the desktop width, each its own day (recharts' own labelled each with its month: "Oct 2025" ×4).
  expect(texts).toContain('24 Nov');
  expect(new Set(texts).size, texts.join(', ')).toBe(texts.length);
});

test('switching units moves only the chart’s ticks, to round steps of that unit: the bars stay as drawn', async ({
  page,
}) => {
  await open(page, '/territory');
  const monthly = await chartOf(page, /Monthly change, by source/);
  const ticks = monthly.locator('svg.value-axis .value-tick');
  const bars = () =>
    monthly
      .locator('.recharts-bar-rectangle path')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
  await expect(monthly.locator('svg').getByText('km²', { exact: true })).toBeVisible();
  await expect(ticks.first()).toBeVisible();
  const inKm2 = await ticks.allTextContents();
  const drawn = await bars();
  expect(drawn.length).toBeGreaterThan(20);

  await page.getByRole('radio', { name: 'sq mi' }).check();
  await expect(monthly.locator('svg').getByText('sq mi', { exact: true })).toBeVisible();
  await expect.poll(() => ticks.allTextContents()).not.toEqual(inKm2);
  const values = (await ticks.allTextContents()).map((t) => Number(t.replace('−', '-').replace(/[+,]/g, '')));
  const steps = new Set(values.slice(1).map((v, i) => v - (values[i] ?? 0)));
  expect(steps.size).toBe(1);
  // A round step (1, 2, 2.5 or 5 times a power of ten), not a converted kilometre figure such as 193.05.
  const [step = 0] = [...steps];
  expect([1, 2, 2.5, 5]).toContain(Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6)));
  expect(await bars()).toEqual(drawn);

  // The tooltip speaks the unit shown, though the chart kept everything it had drawn. The shaded month is the one
  // the page is about, so every source has a figure for it.
  await monthly.locator('.recharts-reference-area-rect').hover({ force: true });
  const tooltip = monthly.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText('sq mi');
  await expect(tooltip).not.toContainText('km²');
});

test('a tooltip on screen follows a unit switch made from the keyboard', async ({ page }) => {
  // Tall enough that the unit control and the monthly chart are both in view, so the pointer stays on the chart.
  await page.setViewportSize({ width: 1280, height: 1800 });
  await open(page, '/territory');
  const monthly = await chartOf(page, /Monthly change, by source/);
  await monthly.locator('.recharts-reference-area-rect').hover({ force: true });
  const tooltip = monthly.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText('km²');
  await page.getByRole('radio', { name: 'km²' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/unit=sqmi/);
  await expect(tooltip).toContainText('sq mi');
  await expect(tooltip).not.toContainText('km²');
});

test('a saved chart is the whole chart: at least its size, with its title, units, sources and link', async ({
  page,
}) => {
  await open(page, '/territory');
  const chart = await chartOf(page, /change since/);
  const drawn = await chart.locator('svg.recharts-surface').first().boundingBox();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'Save chart as PNG' }).click(),
  ]);
  const bytes = readFileSync((await png.path()) ?? '');
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.floor(drawn?.width ?? 1));
  expect(bytes.readUInt32BE(20)).toBeGreaterThanOrEqual(Math.floor(drawn?.height ?? 1));

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'Save chart as SVG' }).click(),
  ]);
  const text = readFileSync((await svg.path()) ?? '', 'utf8');
  const title = await chart.locator('figcaption > span').first().textContent();
  expect(text).toContain(`<title>${title}</title>`);
  expect(text).toContain('km², 1 June 2025 to');
  // The value axis, drawn beside the chart library's drawing, is saved with it.
  expect(text).toContain('km² since 1 Jun 2025');
  expect(text).toContain('Source: The Economist, from ISW / Critical Threats Project data (CC BY 4.0)');
  expect(text).toMatch(/\/territory\?month=2025-11&amp;from=2025-06-01&amp;to=\d{4}-\d\d-\d\d/);
});

for (const width of [1280, 390]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`at ${width} px in ${colorScheme} mode the page fits, bars keep their contrast and tooltips stay on screen`, async ({
      page,
      axe,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await open(page, '/territory');
      const monthly = await chartOf(page, 'Monthly change, by source');
      const daily = await chartOf(page, /change since/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      const contrasts = await monthly.locator('.recharts-bar-rectangle path').evaluateAll((paths) => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = (c: string) => {
          const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const paper = luminance(getComputedStyle(document.body).backgroundColor);
        const fills = new Set(paths.map((p) => getComputedStyle(p).fill));
        return [...fills].map((fill) => {
          const ink = luminance(fill);
          return (Math.max(ink, paper) + 0.05) / (Math.min(ink, paper) + 0.05);
        });
      });
      expect(contrasts.length).toBeGreaterThanOrEqual(3);
      for (const contrast of contrasts) expect(contrast).toBeGreaterThanOrEqual(3);

      // Hover near the right edge, where a tooltip is most likely to run off the screen.
      const box = await daily.locator('svg.recharts-surface').first().boundingBox();
      if (!box) throw new Error('the chart has a box');
      await page.mouse.move(box.x + box.width - 12, box.y + box.height / 2);
      const tooltip = daily.locator('.recharts-tooltip-wrapper');
      await expect(tooltip).toContainText('% of 603,628 km²');
      const tip = await tooltip.boundingBox();
      expect(tip?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((tip?.x ?? 0) + (tip?.width ?? 0)).toBeLessThanOrEqual(width);

      await page.mouse.move(0, 0);
      await page.screenshot({
        path: test.info().outputPath(`territory-${width}-${colorScheme}.png`),
        fullPage: true,
      });
      await axe();
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every part renders, and the controls work as plain forms', async ({ page }) => {
    await page.goto('/territory');
    await expect(card(panel(page, 'November 2025'), 'AFP analysis of ISW data')).toContainText('+701 km²');
    // The server's drawings stand in for the charts.
    await expect(
      page.getByRole('figure', { name: 'Monthly change, by source' }).locator('svg'),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: /Negotiation events in this range/ })).toBeVisible();

    await page.getByRole('combobox', { name: 'Month' }).selectOption('2025-10');
    await page.getByRole('group', { name: 'Choose a month' }).getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/month=2025-10/);
    await expect(panel(page, 'October 2025')).toBeVisible();

    await page.getByRole('radio', { name: 'Tables' }).check();
    await page
      .getByRole('group', { name: 'Unit and display' })
      .getByRole('button', { name: 'Apply' })
      .click();
    await expect(page).toHaveURL(/month=2025-10/);
    await expect(page).toHaveURL(/display=table/);
    await expect(page.getByRole('table', { name: /Monthly change, by source/ })).toBeVisible();
  });
});

test('the embed, the preview image and the downloads show the view the link names', async ({
  page,
  request,
  axe,
}) => {
  const query = '?month=2025-11&unit=sqmi&from=2025-10-01&to=2025-12-31';
  const embed = await (await request.get(`/embed/territory${query}`)).text();
  expect(embed).toContain('+270 sq mi');
  expect(embed).not.toContain('aria-label="Main"');
  await page.goto(`/embed/territory${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'November 2025, by source' })).toBeVisible();
  await axe();

  const image = await request.get(`/og/territory${query}`);
  expect(image.headers()['content-type']).toBe('image/png');
  const bytes = await image.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);

  const monthly = await (await request.get(`/download/territory-monthly.csv${query}`)).text();
  expect(monthly.split('\r\n')[0]).toBe(
    'month,series_id,series,measure,value_sqmi,published_km2,published_sq_mi,published_sq_mi_matches_km2,status,period,source',
  );
  expect(monthly).toContain('2025-11,afp-isw,AFP analysis of ISW data,net,270.657613,701,270,yes,verified');
  // October's printed miles are a km-to-miles slip: the file says so beside them.
  expect(monthly).toContain('2025-10,afp-isw,AFP analysis of ISW data,net,177.993095,461,286,no,verified');
  const daily = (await (await request.get(`/download/territory-daily.csv${query}`)).text())
    .trim()
    .split('\r\n');
  expect(daily[0]).toBe('date,area_sqmi,change_since_2025-10-01_sqmi,percent,percent_of,source');
  expect(daily[1]).toMatch(/,"?The Economist, from ISW \/ Critical Threats Project data \(CC BY 4\.0\)"?$/);
  expect(daily).toHaveLength(1 + 92);
  const json = await (await request.get(`/download/territory.json${query}`)).json();
  expect(json.month.figures.map((f: { value: string }) => f.value)).toContain('+270 sq mi');
  expect(json.daily.from).toBe('2025-10-01');
});

test('miles a source printed that do not match its own km² are shown, flagged and not used; the words carry our note', async ({
  page,
}) => {
  await open(page, '/territory?month=2025-10&unit=sqmi');
  const afp = card(panel(page, 'October 2025'), 'AFP analysis of ISW data');
  await expect(afp).toContainText('+177.99 sq mi');
  await expect(afp).toContainText(
    'AFP printed +286 sq mi beside +461 km²; they do not match (+461 km² is +177.99 sq mi), so square miles here are converted from the km².',
  );
  await afp.getByText('The published words').click();
  await expect(afp).toContainText('Russia took 461 square kilometers (286 square miles)');
  await expect(afp).toContainText('Our note: Share:');
  await expect(afp).toContainText('it looks like a conversion of kilometres to miles');
  await expect(page).toHaveTitle(/177\.99 sq mi/);
});

test('a month the daily series covers only in part says so in the title, the citation, the tooltip, the table and the CSV', async ({
  page,
  request,
}) => {
  const { month, label, period, endsMidMonth } = dailySeriesEnd();
  await open(page, `/territory?month=${month}`);
  if (!endsMidMonth) {
    // A refresh of the data that ends on a month's last day: that month is whole, and nothing says otherwise.
    await expect(page).not.toHaveTitle(/\(to \d/);
    return;
  }
  await expect(page).toHaveTitle(new RegExp(`in ${escaped(label)}, per`));
  const share = page.getByRole('region', { name: 'Share this view' });
  await share.getByText('Cite this view').click();
  await expect(share).toContainText(`in ${label}, per`);

  const monthly = await chartOf(page, 'Monthly change, by source');
  await expect(monthly).toContainText(`to ${label};`);
  await monthly.locator('.recharts-reference-area-rect').hover({ force: true });
  const tooltip = monthly.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText(label);
  await expect(tooltip).toContainText(`(part of month, ${period})`);

  await page.getByRole('radio', { name: 'Tables' }).check();
  const table = page.getByRole('table', { name: /Monthly change, by source/ });
  const row = table.getByRole('row', { name: new RegExp(`^${escaped(label)}`) });
  await expect(row).toContainText(`part of month, ${period}`);
  await expect(page.getByRole('term').filter({ hasText: /^part of month$/ })).toBeVisible();

  const csv = (await (await request.get(`/download/territory-monthly.csv?month=${month}`)).text()).split(
    '\r\n',
  );
  const derived = csv.filter(
    (line) => line.startsWith(`${month},`) && line.includes('worked out from the daily'),
  );
  expect(derived).toHaveLength(1);
  expect(derived[0]).toContain(`,${period},`);
});

test('the monthly table and tooltip mark revised and second-hand figures in words, and the table says what each mark means', async ({
  page,
  axe,
}) => {
  await open(page, '/territory?month=2024-10');
  // October 2024's AFP figure is AFP's own revision of its first, part-month one.
  const monthly = await chartOf(page, 'Monthly change, by source');
  await monthly.locator('.recharts-reference-area-rect').hover({ force: true });
  await expect(monthly.locator('.recharts-tooltip-wrapper')).toContainText(
    'AFP analysis of ISW data: +610 km² (revised)',
  );

  await page.getByRole('radio', { name: 'Tables' }).check();
  await expect(page).toHaveURL(/display=table/);
  const table = page.getByRole('table', { name: /Monthly change, by source/ });
  await expect(table.getByRole('row', { name: /^October 2024/ })).toContainText(/\+610\s*revised/);
  await expect(table.getByRole('row', { name: /^May 2026/ })).toContainText('second-hand');
  for (const [mark, meaning] of [
    ['revised', 'a later figure the publisher gave for the same month, shown in place of its first one'],
    ['second-hand', 'reported at second hand'],
  ]) {
    await expect(page.getByRole('term').filter({ hasText: new RegExp(`^${mark}$`) })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: meaning })).toBeVisible();
  }
  await axe();
});

test('at 390 px the monthly bars stay readable: the chart scrolls sideways, opening on the panel’s month', async ({
  page,
  axe,
}) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await open(page, '/territory');
  const monthly = await chartOf(page, 'Monthly change, by source');
  const widths = await monthly
    .locator('.recharts-bar-rectangle path')
    .evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect().width));
  expect(widths.length).toBeGreaterThan(20);
  expect(Math.min(...widths)).toBeGreaterThanOrEqual(4);

  const scroller = monthly.getByRole('region', { name: 'Monthly chart, scrolls sideways' });
  const view = await scroller.boundingBox();
  const shaded = await monthly.locator('.recharts-reference-area-rect').boundingBox();
  if (!view || !shaded) throw new Error('the chart and its shaded month have boxes');
  expect(shaded.x).toBeGreaterThanOrEqual(view.x);
  expect(shaded.x + shaded.width).toBeLessThanOrEqual(view.x + view.width);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);

  // The tooltip of the month in view stays on the screen, though the chart is wider than it.
  await page.mouse.move(shaded.x + shaded.width / 2, shaded.y + shaded.height / 2);
  const tooltip = monthly.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText('November 2025');
  const tip = await tooltip.boundingBox();
  expect(tip?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((tip?.x ?? 0) + (tip?.width ?? 0)).toBeLessThanOrEqual(390);

  // The keyboard scrolls it too.
  const opened = await scroller.evaluate((e) => e.scrollLeft);
  await scroller.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => scroller.evaluate((e) => e.scrollLeft)).toBeLessThan(opened);
  await axe();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a chart saved as SVG in ${colorScheme} mode writes every colour as hex or rgb(), which editors read`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, '/territory');
    for (const figure of ['Monthly change, by source', /change since/]) {
      const chart = await chartOf(page, figure);
      const [svg] = await Promise.all([
        page.waitForEvent('download'),
        chart.getByRole('button', { name: 'Save chart as SVG' }).click(),
      ]);
      const text = readFileSync((await svg.path()) ?? '', 'utf8');
      expect(text).not.toMatch(/\b(lab|lch|oklab|oklch|color|color-mix|light-dark|var)\(/i);
      const paints = [...text.matchAll(/\s(?:fill|stroke|color|stop-color)="([^"]*)"/g)].map((m) => m[1]);
      expect(paints.length).toBeGreaterThan(20);
      for (const paint of new Set(paints))
        expect(paint).toMatch(/^(#[0-9a-f]{6}|rgba?\([\d., ]+\)|none|transparent|url\([^)]*\))$/i);
    }
  });
}
