import { describe, expect, it } from 'vitest';
import { dailyCsvHeader, parseDailyCsv } from './parse-daily-csv';

const columns = {
  date: 'date',
  areaM2: 'area',
  changeM2: 'change',
  change7dM2: 'change_7d',
  change30dM2: 'change_30d',
  percent: 'percent',
};
const header = dailyCsvHeader(columns);

describe('parseDailyCsv', () => {
  it('reads empty change cells as null rather than zero', () => {
    const parsed = parseDailyCsv(
      'f.csv',
      `${header}\n2022-02-22,43679052552.25393,,,,7.236087880657281\n`,
      columns,
    );
    expect(parsed.ok && parsed.value.rows[0]).toEqual({
      date: '2022-02-22',
      areaM2: 43679052552.25393,
      changeM2: null,
      change7dM2: null,
      change30dM2: null,
      percent: 7.236087880657281,
    });
  });

  it('keeps the last row of a repeated date and reports the lines it dropped', () => {
    const text = [
      header,
      '2026-04-03,100,0.0,0.0,0.0,20',
      '2026-04-04,120949026340.61954,-42491.09777832031,-5823393.894958496,-6297862.928863525,20.037013912644795',
      '2026-04-04,120949026340.61954,0.0,-8872612.201538086,22991704.35168457,20.037013912644795',
    ].join('\n');
    const parsed = parseDailyCsv('f.csv', text, columns);
    if (!parsed.ok) throw new Error('expected the CSV to parse');
    expect(parsed.value.rows.map((r) => [r.date, r.changeM2])).toEqual([
      ['2026-04-03', 0],
      ['2026-04-04', 0],
    ]);
    expect(parsed.value.duplicates).toEqual([{ date: '2026-04-04', keptLine: 4, droppedLines: [3] }]);
  });

  it('rejects a wrong header', () => {
    const parsed = parseDailyCsv('f.csv', 'date,area\n2022-02-22,1', columns);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems[0]?.path).toBe('line 1');
  });

  it('names the line and column of a cell that is not a number', () => {
    const parsed = parseDailyCsv('f.csv', `${header}\n2022-02-22,lots,,,,7.2`, columns);
    expect(!parsed.ok && parsed.problems[0]).toEqual({
      file: 'f.csv',
      path: 'line 2 (2022-02-22) › area',
      reason: expect.stringContaining('expected number'),
    });
  });
});
