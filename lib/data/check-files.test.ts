import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import { dataFiles } from './dataset';
import { fixtureTexts, fixtureWith, problemsOf } from './test-fixture';

describe('the files in data/', () => {
  it('refuses a second positions file, which nothing would read', () => {
    const texts = fixtureTexts();
    texts.set('positions-2026.json', texts.get(dataFiles.positions) ?? '');
    expect(problemsOf(texts)).toEqual([
      'data/positions-2026.json: not a file Parley reads, so nothing in it would reach a reader; data/README.md lists the files',
    ]);
  });

  it('refuses a .JSON file, naming the extension', () => {
    const texts = fixtureTexts();
    texts.set('sources/extra.JSON', texts.get(`${dataFiles.sourcesDir}/main.json`) ?? '');
    expect(problemsOf(texts)).toEqual([
      'data/sources/extra.JSON: not a file Parley reads: data files end in ".json" or ".csv" in lowercase, not ".JSON"',
    ]);
  });

  it('recognises documentation, licences and the generated JSON Schemas', () => {
    const texts = fixtureTexts();
    for (const path of [
      'README.md',
      'territory/README.md',
      'territory/LICENCE.economist.txt',
      'schemas/positions.schema.json',
    ]) {
      texts.set(path, '');
    }
    expect(buildDataset(texts).ok).toBe(true);
  });

  it('does not call the daily CSV a stray when the case file that names it is missing', () => {
    const texts = fixtureTexts();
    texts.delete(dataFiles.case);
    expect(problemsOf(texts)).toEqual(['data/case.json: file is missing']);
  });

  it('refuses an empty positions file', () => {
    const texts = fixtureTexts();
    texts.set(dataFiles.positions, '[]');
    expect(problemsOf(texts)).toEqual([
      'data/positions.json: has no positions; the file must list at least one',
    ]);
  });

  it('names a byte-order mark on a JSON file, and still reads the file', () => {
    const texts = fixtureTexts();
    texts.set(dataFiles.issues, `\uFEFF${texts.get(dataFiles.issues)}`);
    expect(problemsOf(texts)).toEqual([
      'data/issues.json: starts with a UTF-8 byte-order mark (bytes EF BB BF); save it as UTF-8 without a BOM',
    ]);
  });

  it('refuses a summary beyond its stated length', () => {
    const texts = fixtureWith((o) => {
      const position = o.positions[0];
      if (position) position.summary = 's'.repeat(601);
    });
    expect(problemsOf(texts)).toEqual([
      'data/positions.json › russia-donbas-2025-12-04.summary: is 601 characters long; a summary may have at most 600',
    ]);
  });
});
