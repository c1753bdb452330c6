import { describe, expect, it } from 'vitest';
import { ByteLru } from './lru.mjs';

describe('ByteLru', () => {
  it('holds no more bytes than its bound, counting keys', () => {
    const lru = new ByteLru<string>(1000, 1000);
    for (let i = 0; i < 100; i++) lru.set(`k${i}`, 'v', 90);
    expect(lru.bytes).toBeLessThanOrEqual(1000);
    expect(lru.size).toBe(Math.floor(1000 / (90 + 6)));
  });

  it('evicts the least recently used first, and a read makes an entry recent', () => {
    const lru = new ByteLru<number>(300, 300);
    lru.set('a', 1, 98);
    lru.set('b', 2, 98);
    lru.set('c', 3, 98);
    expect(lru.get('a')).toBe(1);
    lru.set('d', 4, 98);
    expect(lru.keys()).toEqual(['c', 'a', 'd']);
    expect(lru.get('b')).toBeUndefined();
  });

  it('evicts as many old entries as a large new one needs', () => {
    const lru = new ByteLru<number>(300, 300);
    for (const key of ['a', 'b', 'c']) lru.set(key, 0, 98);
    lru.set('big', 0, 150);
    expect(lru.keys()).toEqual(['c', 'big']);
    expect(lru.bytes).toBe(100 + 156);
  });

  it('refuses an entry larger than the per-entry bound, keeping the others', () => {
    const lru = new ByteLru<number>(1000);
    lru.set('a', 1, 10);
    expect(lru.set('huge', 2, 200)).toBe(false);
    expect(lru.keys()).toEqual(['a']);
  });

  it('replaces a key in place, with its new size', () => {
    const lru = new ByteLru<number>(1000, 1000);
    lru.set('a', 1, 100);
    lru.set('a', 2, 50);
    expect(lru.get('a')).toBe(2);
    expect(lru.bytes).toBe(52);
    expect(lru.size).toBe(1);
  });

  it('stays bounded under thousands of distinct hostile keys', () => {
    const lru = new ByteLru<string>(64 * 1024);
    for (let i = 0; i < 10_000; i++) lru.set(`/?q=${'x'.repeat(i % 500)}${i}`, 'page', 2000 + (i % 7) * 100);
    expect(lru.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(lru.size).toBeGreaterThan(0);
  });

  it('holds nothing with a bound of zero', () => {
    const lru = new ByteLru<number>(0);
    expect(lru.set('a', 1, 1)).toBe(false);
    expect(lru.size).toBe(0);
  });
});
