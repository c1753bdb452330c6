import { describe, expect, it } from 'vitest';
import { defaultOrigin, publicOrigin, publicOriginWarning } from './public-origin';

describe('publicOrigin', () => {
  it('is the configured origin', () => {
    expect(publicOrigin({ PARLEY_ORIGIN: 'https://parley.example' }).href).toBe('https://parley.example/');
    expect(publicOrigin({ PARLEY_ORIGIN: 'http://127.0.0.1:3200' }).origin).toBe('http://127.0.0.1:3200');
  });

  it('falls back to the same default in every process when unset or empty', () => {
    expect(publicOrigin({}).href).toBe(new URL(defaultOrigin).href);
    expect(publicOrigin({ PARLEY_ORIGIN: '' }).href).toBe(new URL(defaultOrigin).href);
  });

  it('refuses what is not an http(s) origin, and says what it got', () => {
    expect(() => publicOrigin({ PARLEY_ORIGIN: 'parley.example' })).toThrow(
      /absolute address.*"parley\.example"/,
    );
    expect(() => publicOrigin({ PARLEY_ORIGIN: 'ftp://parley.example' })).toThrow(/http or https/);
    expect(() => publicOrigin({ PARLEY_ORIGIN: 'https://parley.example/app' })).toThrow(/origin only/);
    expect(() => publicOrigin({ PARLEY_ORIGIN: 'https://parley.example/?x=1' })).toThrow(/origin only/);
  });
});

describe('publicOriginWarning', () => {
  it('warns only when the origin is not set, naming the address links would use', () => {
    expect(publicOriginWarning({ PARLEY_ORIGIN: 'https://parley.example' })).toBeNull();
    expect(publicOriginWarning({})).toContain(defaultOrigin);
    expect(publicOriginWarning({ PARLEY_ORIGIN: '' })).toContain('PARLEY_ORIGIN is not set');
  });
});
