import { describe, expect, it } from 'vitest';
import { compileHint, withCompileHint } from './compile-hint';

describe('withCompileHint', () => {
  it('puts the hint on a line of its own before the script', () => {
    expect(withCompileHint('(()=>{})();')).toBe(`${compileHint}\n(()=>{})();`);
  });

  it('adds it once, however often the build step runs', () => {
    const once = withCompileHint('let a=1;');
    expect(withCompileHint(once)).toBe(once);
  });
});
