import { describe, expect, it } from 'vitest';
import type { MonthlyFigure, MonthlySeries } from '../schemas/territory';
import { headlineFigures } from './headline';

const series: MonthlySeries[] = [
  {
    id: 'afp-isw',
    name: 'AFP analysis of ISW data',
    publisher: 'AFP',
    measure: 'net',
    definition: 'd',
    definitionSource: 's',
    credit: 'c',
  },
];
const figures: MonthlyFigure[] = [
  {
    id: 'afp-isw-2025-11',
    series: 'afp-isw',
    month: '2025-11',
    gainKm2: 701,
    gainSqMiPublished: 270,
    sharePercentPublished: 19.3,
    status: 'verified',
    quote: 'q',
    source: 's',
  },
];
const daily = [
  { date: '2025-10-31', areaM2: 119_339.8e6, percent: 19.77 },
  { date: '2025-11-30', areaM2: 119_935.5e6, percent: 19.869 },
];

describe('headlineFigures', () => {
  it('shows published figures as published, in either unit', () => {
    expect(headlineFigures({ series, figures, daily }, 'km2').figures[0]).toEqual({
      label: 'AFP analysis of ISW data',
      value: '701 km²',
      note: '270 sq mi; 19.3 % of Ukraine',
    });
    expect(headlineFigures({ series, figures, daily }, 'sqmi').figures[0]?.value).toBe('270 sq mi');
  });

  it('derives the daily series’ change and converts it exactly', () => {
    const economist = headlineFigures({ series, figures, daily }, 'km2').figures[1];
    expect(economist?.value).toBe('+595.7 km²');
    expect(headlineFigures({ series, figures, daily }, 'sqmi').figures[1]?.value).toBe('+230.00 sq mi');
  });
});
