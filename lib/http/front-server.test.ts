import { describe, expect, it } from 'vitest';
import { isFromFrontServer, notThroughFrontServer } from './front-server';

describe('isFromFrontServer', () => {
  const secret = 'a'.repeat(43);

  it('accepts the secret the front server put in this process', () => {
    expect(isFromFrontServer(secret, secret)).toBe(true);
  });

  it('refuses a request without it, with another one, or a process started without the front server', () => {
    expect(isFromFrontServer(null, secret)).toBe(false);
    expect(isFromFrontServer('b'.repeat(43), secret)).toBe(false);
    expect(isFromFrontServer(undefined, undefined)).toBe(false);
    expect(isFromFrontServer('', '')).toBe(false);
  });

  it('refuses a secret too short to be one', () => {
    expect(isFromFrontServer('short', 'short')).toBe(false);
  });

  it('tells whoever runs `next start` what to run instead', () => {
    expect(notThroughFrontServer).toContain('npm start');
  });
});
