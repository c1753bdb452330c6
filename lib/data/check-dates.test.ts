import { describe, expect, it } from 'vitest';
import { fixtureWith, problemsOf } from './test-fixture';

describe('dates', () => {
  it('refuses a position and its evidence dated after the as-of date', () => {
    const texts = fixtureWith((o) => {
      const position = o.positions[0];
      const evidence = position?.evidence[0];
      if (!position || !evidence) throw new Error('fixture changed');
      position.date = '2030-06-01';
      evidence.date = '2030-06-01';
    });
    expect(problemsOf(texts)).toEqual([
      "data/positions.json › russia-donbas-2025-12-04.date: 2030-06-01 is after the data's as-of date 2025-12-31 (case.json › asOf)",
      "data/positions.json › russia-donbas-2025-12-04.evidence[0].date: 2030-06-01 is after the data's as-of date 2025-12-31 (case.json › asOf)",
    ]);
  });

  it('refuses a monthly figure and an event after the as-of date', () => {
    const texts = fixtureWith((o) => {
      const figure = o.monthly.figures[0];
      const event = o.events[0];
      if (!figure || !event) throw new Error('fixture changed');
      figure.month = '2026-01';
      event.date = '2026-01-02';
    });
    expect(problemsOf(texts)).toEqual([
      "data/events.json › kremlin-meeting.date: 2026-01-02 is after the data's as-of date 2025-12-31 (case.json › asOf)",
      "data/territory/monthly-figures.json › figures[afp-isw-2025-11].month: 2026-01 is after the data's as-of date 2025-12-31 (case.json › asOf)",
    ]);
  });

  it('gives one clear reason for a publishedOn that is not a date', () => {
    const texts = fixtureWith((o) => {
      const source = o.sources[1];
      if (source) source.publishedOn = '1 December 2025';
    });
    expect(problemsOf(texts)).toEqual([
      'data/sources/main.json › afp-nov.publishedOn: must be a date written YYYY-MM-DD, or null with a dateNote when the page shows no date',
    ]);
  });

  it('says a well-written publishedOn that is not on the calendar is not a real date', () => {
    const texts = fixtureWith((o) => {
      const source = o.sources[1];
      if (source) source.publishedOn = '2025-11-31';
    });
    expect(problemsOf(texts)).toEqual([
      'data/sources/main.json › afp-nov.publishedOn: is not a real calendar date',
    ]);
  });
});
