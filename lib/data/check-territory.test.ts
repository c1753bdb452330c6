import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import { dataFiles } from './dataset';
import { fixtureDailyFile, fixtureTexts, fixtureWith, problemsOf } from './test-fixture';

const csv = `data/${fixtureDailyFile}`;

describe('territory figures', () => {
  it('refuses a monthly gain of 7,010,000 km², beyond the plausible bound', () => {
    const texts = fixtureWith((o) => {
      const figure = o.monthly.figures[0];
      if (figure) figure.gainKm2 = 7_010_000;
    });
    expect(problemsOf(texts)).toEqual([
      'data/territory/monthly-figures.json › figures[afp-isw-2025-11].gainKm2: 7,010,000 km² is beyond the plausible bound of 20,000 km² in a month (case.json › territory.bounds.monthlyChangeKm2)',
    ]);
  });

  it('rejects a negative gain in a gross monthly series', () => {
    const texts = fixtureWith((o) => {
      const figure = o.monthly.figures[0];
      const series = o.monthly.series[0];
      if (figure && series) {
        series.measure = 'gross';
        figure.gainKm2 = -701;
      }
    });
    expect(problemsOf(texts)).toEqual([
      'data/territory/monthly-figures.json › figures[afp-isw-2025-11].gainKm2: an area cannot be negative',
    ]);
  });

  it('refuses a daily area of 1e18 m², larger than the whole region', () => {
    const texts = fixtureWith((o) => {
      o.csvRows[1] = '2025-11-30,1e18,1.0,1.0,1.0,19.869';
    });
    expect(problemsOf(texts)).toEqual([
      `${csv} › line 3 (2025-11-30) › area: 1,000,000,000,000 km² is more than the largest area of the region in case.json (603,628 km²)`,
    ]);
  });

  it('refuses a CSV percent that does not match area ÷ denominator', () => {
    const texts = fixtureWith((o) => {
      o.csvRows[1] = '2025-11-30,119935500000,1.0,1.0,1.0,21.869';
    });
    expect(problemsOf(texts)).toEqual([
      `${csv} › line 3 (2025-11-30) › percent: 21.869 disagrees with area ÷ 603,628 km² = 19.869 by more than 0.01 points`,
    ]);
  });

  it('accepts a percent rounded to two decimals', () => {
    const texts = fixtureWith((o) => {
      o.csvRows[1] = '2025-11-30,119935500000,1.0,1.0,1.0,19.87';
    });
    expect(buildDataset(texts).ok).toBe(true);
  });

  it('rejects a negative area in the daily CSV', () => {
    const texts = fixtureWith((o) => {
      o.csvRows[1] = '2025-11-30,-5,1.0,1.0,1.0,19.869';
    });
    expect(problemsOf(texts)).toEqual([`${csv} › line 3 (2025-11-30) › area: an area cannot be negative`]);
  });

  it('refuses a header-only CSV', () => {
    const texts = fixtureWith((o) => {
      o.csvRows.length = 0;
    });
    expect(problemsOf(texts)).toEqual([`${csv}: has a header but no rows`]);
  });

  it('names a byte-order mark on the CSV as such, and still checks the rest of the file', () => {
    const texts = fixtureTexts();
    texts.set(fixtureDailyFile, `\uFEFF${texts.get(fixtureDailyFile)}`);
    expect(problemsOf(texts)).toEqual([
      `${csv}: starts with a UTF-8 byte-order mark (bytes EF BB BF); save it as UTF-8 without a BOM`,
    ]);
  });
});

describe('dates the daily CSV lists twice', () => {
  const duplicate = '2025-11-30,129935500000,1.0,1.0,1.0,21.525';

  it('refuses a duplicate date with 10,000 km² more area', () => {
    const texts = fixtureWith((o) => {
      o.csvRows.push(duplicate);
    });
    expect(problemsOf(texts)).toEqual([
      `${csv} › line 4 (2025-11-30): 2025-11-30 is also on line 3, with a different area, percent; name the line to keep, and why, in data/corrections.json`,
    ]);
  });

  it('keeps the line that corrections.json names, and says so', () => {
    const texts = fixtureWith((o) => {
      o.csvRows.push(duplicate);
    });
    texts.set(
      dataFiles.corrections,
      JSON.stringify([
        { file: fixtureDailyFile, date: '2025-11-30', keepLine: 3, reason: 'Line 4 is a typo.' },
      ]),
    );
    const parsed = buildDataset(texts);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.reason).join('\n'));
    expect(parsed.value.territory.daily?.rows.at(-1)?.areaM2).toBe(119935500000);
    expect(parsed.value.territory.daily?.duplicates).toEqual([
      { date: '2025-11-30', keptLine: 3, droppedLines: [4] },
    ]);
    expect(parsed.value.notices).toEqual([
      `${csv}: 2025-11-30 is listed 2 times (lines 3, 4); kept line 3 as corrections.json decides`,
    ]);
  });

  it('keeps the first of identical lines without asking', () => {
    const texts = fixtureWith((o) => {
      o.csvRows.push(o.csvRows[1] ?? '');
    });
    const parsed = buildDataset(texts);
    expect(parsed.ok && parsed.value.notices).toEqual([
      `${csv}: 2025-11-30 is listed 2 times with the same values (lines 3, 4); kept line 3`,
    ]);
  });

  it('refuses a correction that names a line of another date, or a date listed once', () => {
    const texts = fixtureWith((o) => {
      o.csvRows.push(duplicate);
    });
    texts.set(
      dataFiles.corrections,
      JSON.stringify([
        { file: fixtureDailyFile, date: '2025-11-30', keepLine: 2, reason: 'Wrong line.' },
        { file: fixtureDailyFile, date: '2025-10-31', keepLine: 2, reason: 'Not a duplicate.' },
      ]),
    );
    expect(problemsOf(texts)).toEqual([
      'data/corrections.json › [0]: line 2 is not a line of 2025-11-30 (lines 3, 4)',
      `data/corrections.json › [1]: 2025-10-31 is listed once in ${fixtureDailyFile}; nothing to correct`,
      `${csv} › line 4 (2025-11-30): 2025-11-30 is also on line 3, with a different area, percent; name the line to keep, and why, in data/corrections.json`,
    ]);
  });
});
