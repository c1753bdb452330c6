import { describe, expect, it } from 'vitest';
import { hasWideGamutColour, srgbColours, toSrgb } from './srgb-colour';

// Expected values are what Chromium paints for each colour (read back from a canvas), so they check the
// conversion against a browser, not against itself.
describe('toSrgb', () => {
  it.each([
    ['lab(7.78 1.82 -15.05)', '#0f172b'],
    ['lab(54.29 80.8 69.89)', '#ff0000'],
    ['lab(100 0 0)', '#ffffff'],
    ['lab(50% 40% -30%)', '#b051b8'],
    ['lch(60 40 120)', '#7d9a51'],
    ['lch(30 60 2rad)', '#2d5000'],
    ['oklab(0.627955 0.224863 0.125846)', '#ff0000'],
    ['oklch(0.129 0.042 264.695)', '#020618'],
    ['oklch(0.7 0.15 0.3turn)', '#a8a405'],
    ['color(srgb 0.2 0.4 0.6)', '#336699'],
    ['color(srgb-linear 0.2 0.4 0.6)', '#7caacb'],
    ['color(display-p3 0.3 0.6 0.2)', '#249b19'],
    ['color(xyz-d50 0.2 0.3 0.4)', '#00a8bd'],
    ['lab(20 none 30)', '#393000'],
  ])('writes %s as %s', (css, hex) => {
    expect(toSrgb(css)).toBe(hex);
  });

  it('keeps a colour’s transparency, as rgba()', () => {
    expect(toSrgb('oklch(55% 0.2 30 / 0.5)')).toBe('rgba(204, 42, 27, 0.5)');
    expect(toSrgb('lab(100 0 0 / 25%)')).toBe('rgba(255, 255, 255, 0.25)');
  });

  it('clips a colour outside sRGB to its nearest edge rather than wrapping it', () => {
    expect(toSrgb('color(xyz-d65 0.2 0.3 0.4)')).toBe('#00a7a4');
  });

  it('leaves alone what is not a colour function it converts', () => {
    for (const value of ['rgb(1, 2, 3)', '#abcdef', 'none', 'currentcolor', 'url("#clip")', 'lab(oops)'])
      expect(toSrgb(value)).toBeUndefined();
  });
});

describe('srgbColours', () => {
  it('converts every colour inside a longer value and keeps the rest', () => {
    const value = 'fill: lab(100 0 0); stroke: oklch(0.129 0.042 264.695 / 0.5); opacity: 0.4';
    const converted = srgbColours(value);
    expect(converted).toBe('fill: #ffffff; stroke: rgba(2, 6, 24, 0.5); opacity: 0.4');
    expect(hasWideGamutColour(value)).toBe(true);
    expect(hasWideGamutColour(converted)).toBe(false);
  });

  it('hands a colour it cannot convert to the fallback, and only that colour', () => {
    expect(srgbColours('color(rec2020 1 0 0) lab(100 0 0)', () => 'rgb(1, 2, 3)')).toBe(
      'rgb(1, 2, 3) #ffffff',
    );
  });
});
