import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function installedVersion(name: string): number[] {
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8'),
  );
  return String(manifest.version).split(/[.-]/).slice(0, 3).map(Number);
}

function sourceFiles(dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(process.cwd(), dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .map((file) => join(process.cwd(), dir, file)),
  );
}

function atLeast(version: number[], floor: number[]): boolean {
  for (let i = 0; i < floor.length; i++) {
    const v = version[i] ?? 0;
    const f = floor[i] ?? 0;
    if (v !== f) return v > f;
  }
  return true;
}

describe('dependency floors', () => {
  it('runs next 16.4.5 or later, which fixes the RSC and image-optimiser CVEs of 2025–2026', () => {
    expect(atLeast(installedVersion('next'), [16, 4, 5])).toBe(true);
  });

  it('compares versions part by part', () => {
    expect(atLeast([16, 10, 0], [16, 4, 5])).toBe(true);
    expect(atLeast([16, 4, 4], [16, 4, 5])).toBe(false);
  });

  it('declares no Server Actions, so no endpoint accepts posted actions', () => {
    const withDirective = sourceFiles(['app', 'lib']).filter((file) =>
      /^\s*['"]use server['"]/m.test(readFileSync(file, 'utf8')),
    );
    expect(withDirective).toEqual([]);
  });
});
