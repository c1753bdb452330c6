import { describe, expect, it } from 'vitest';
import { withStableRequestId } from './stable-ids.mjs';

const payload = (id: string) =>
  Buffer.from(
    `0:{"b":"build","h":{"r":["$","$1","h",{"children":[null,["$","$L10","${id}v",{"children":"$L11"}],` +
      `["$","$L13","${id}m",{"children":[["$","div",null,{"children":"Russia–Ukraine “talks”"}]]}]]}]}}\n`,
  );

describe('withStableRequestId', () => {
  it('gives two renders of one view, with different random ids, the same bytes', () => {
    const a = withStableRequestId(payload('Owl7p2VAQEtyUnr95snR-'), 'key');
    const b = withStableRequestId(payload('XQzBH-MhiE_f6ewMmlBdt'), 'key');
    expect(a.equals(b)).toBe(true);
    expect(a.toString()).not.toContain('Owl7p2VAQEtyUnr95snR-');
    expect(a.toString()).toContain('Russia–Ukraine “talks”');
  });

  it('gives different views different ids', () => {
    const a = withStableRequestId(payload('Owl7p2VAQEtyUnr95snR-'), 'one view');
    const b = withStableRequestId(payload('Owl7p2VAQEtyUnr95snR-'), 'another view');
    expect(a.equals(b)).toBe(false);
  });

  it('leaves a payload without that shape alone', () => {
    const other = Buffer.from('0:{"a":"Owl7p2VAQEtyUnr95snR-v"}\n');
    expect(withStableRequestId(other, 'key')).toBe(other);
  });
});
