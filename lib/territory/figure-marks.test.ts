import { describe, expect, it } from 'vitest';
import { figureMarks, markKey, markWords } from './figure-marks';

describe('figureMarks', () => {
  it('marks revised, second-hand, preliminary and part-month figures in words, a verified whole month not at all', () => {
    expect(figureMarks({ status: 'verified' })).toEqual([]);
    expect(figureMarks({ status: 'revised' })).toEqual(['revised']);
    expect(figureMarks({ status: 'secondary' })).toEqual(['second-hand']);
    expect(figureMarks({ status: 'preliminary', period: '1–27 March 2030' })).toEqual([
      'preliminary',
      'part of month',
    ]);
    expect(figureMarks({ period: '1–21 March 2030' })).toEqual(['part of month']);
  });
});

describe('markWords', () => {
  it('names the days of a part month after its mark', () => {
    expect(markWords(['revised', 'part of month'], '1–21 March 2030')).toBe(
      'revised; part of month, 1–21 March 2030',
    );
    expect(markWords([], undefined)).toBe('');
  });
});

describe('markKey', () => {
  it('explains each mark that occurs once, in a fixed order, and no other', () => {
    const key = markKey(['part of month', 'revised', 'revised']);
    expect(key.map((k) => k.mark)).toEqual(['revised', 'part of month']);
    expect(key[0]?.meaning).toMatch(/^a later figure the publisher gave for the same month/);
  });
});
