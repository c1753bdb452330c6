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
    expect(parsed.lines[0]).toEqual({
      line: 2,
      row: {
        date: '2022-02-22',
        areaM2: 43679052552.25393,
        changeM2: null,
        change7dM2: null,
        change30dM2: null,
        percent: 7.236087880657281,
      },
    });
  });

  it('keeps every row of a repeated date with its line, for the duplicate check to decide', () => {
    const text = [header, '2026-04-04,100,0.0,0.0,0.0,20', '2026-04-04,100,1.0,0.0,0.0,20'].join('\n');
    expect(parseDailyCsv('f.csv', text, columns).lines.map((l) => [l.line, l.row.changeM2])).toEqual([
      [2, 0],
      [3, 1],
    ]);
  });

  it('rejects a wrong header', () => {
    const parsed = parseDailyCsv('f.csv', 'date,area\n2022-02-22,1', columns);
    expect(parsed.problems).toEqual([
      { file: 'f.csv', path: 'line 1', reason: `expected the header "${header}"` },
    ]);
  });

  it('names the line and column of a cell that is not a number, and keeps the other lines', () => {
    const parsed = parseDailyCsv('f.csv', `${header}\n2022-02-22,lots,,,,7.2\n2022-02-23,1,,,,7.2`, columns);
    expect(parsed.problems).toEqual([
      {
        file: 'f.csv',
        path: 'line 2 (2022-02-22) › area',
        reason: expect.stringContaining('expected number'),
      },
    ]);
    expect(parsed.lines.map((l) => l.line)).toEqual([3]);
  });
});
