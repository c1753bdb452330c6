import { describe, expect, it } from 'vitest';
import { ignoredParams, maxParamLength, Notices, readIdList } from './params';

const known = ['russia', 'ukraine', 'nato'] as const;
const read = (query: string) => {
  const notices = new Notices();
  const ids = readIdList(new URLSearchParams(query), 'parties', known, notices, 'party');
  return { ids, notices: notices.list() };
};

describe('readIdList', () => {
  it('reads repeated keys, as a form with checkboxes sends them, as one list', () => {
    expect(read('parties=ukraine&parties=russia')).toEqual({ ids: ['ukraine', 'russia'], notices: [] });
    expect(read('parties=ukraine&parties=russia')).toEqual(read('parties=ukraine,russia'));
  });

  it('mixes repeated keys and commas, drops repeats and skips empty values', () => {
    expect(read('parties=nato,ukraine&parties=&parties=ukraine,russia')).toEqual({
      ids: ['nato', 'ukraine', 'russia'],
      notices: [],
    });
  });

  it('reports unknown ids across repeated keys', () => {
    expect(read('parties=atlantis&parties=nato')).toEqual({
      ids: ['nato'],
      notices: ['Ignored unknown party “atlantis”.'],
    });
  });

  it('is absent when the key is missing, and an emptied list ("none") when it is present but empty', () => {
    expect(read('')).toEqual({ ids: undefined, notices: [] });
    expect(read('parties=&parties=')).toEqual({ ids: [], notices: [] });
  });

  it('ignores a list too long to read, even when split over repeated keys', () => {
    const half = 'nato,'.repeat(maxParamLength / 8);
    expect(read(`parties=${half}&parties=${half}`)).toEqual({
      ids: undefined,
      notices: ['Ignored “parties”: the value is too long.'],
    });
  });
});

describe('ignoredParams', () => {
  it('reports every parameter of a page that takes none, each once, as Next.js or the browser hands them over', () => {
    expect(ignoredParams({ asof: 'bad', x: ['1', '2'] })).toEqual([
      'Ignored unknown parameter “asof”.',
      'Ignored unknown parameter “x”.',
    ]);
    expect(ignoredParams(new URLSearchParams('bogus=1'))).toEqual(['Ignored unknown parameter “bogus”.']);
    expect(ignoredParams({})).toEqual([]);
  });
});
