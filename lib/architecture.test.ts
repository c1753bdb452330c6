// The rooms of the code and the direction of their imports (README, "Architecture"), checked over the real files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const codeFile = /\.(ts|tsx|mts|mjs|js)$/;
const isTest = (file: string) =>
  /\.test\.tsx?$/.test(file) || file.endsWith('test-data.ts') || file.endsWith('test-fixture.ts');

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'fixtures' ? [] : walk(path);
    return codeFile.test(name) ? [relative(root, path).split(sep).join('/')] : [];
  });
}

const files = [...walk(join(root, 'app')), ...walk(join(root, 'lib'))].filter((f) => !isTest(f));
/** The front server and the proxy sit outside the rooms, but they too must not spell out the case. */
const serverFiles = [...walk(join(root, 'server')), 'proxy.ts'].filter(
  (f) => !isTest(f) && existsSync(join(root, f)),
);
const source = new Map([...files, ...serverFiles].map((f) => [f, readFileSync(join(root, f), 'utf8')]));

/** The project files a file imports, resolved; packages and node: modules keep their names. */
function importsOf(file: string): string[] {
  const text = source.get(file) ?? '';
  const specifiers = [
    ...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g),
  ].map((m) => m[1] ?? m[2] ?? '');
  return specifiers.map((spec) => {
    if (!spec.startsWith('.') && !spec.startsWith('@/')) return spec;
    const base = spec.startsWith('@/')
      ? spec.slice(2)
      : relative(root, join(root, dirname(file), spec))
          .split(sep)
          .join('/');
    const candidates = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base];
    return candidates.find((c) => source.has(c)) ?? base;
  });
}

/** The room a file belongs to: "lib/stances", "app/ui", "app" … */
function room(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'lib') return `lib/${parts[1]}`;
  if (parts[0] === 'app' && (parts[1] === 'ui' || parts[1] === 'views')) return `app/${parts[1]}`;
  return 'app';
}

/** Which rooms each room may import from (besides itself). */
// What a view composes: every room of lib/.
const belowViews = [
  'lib/data',
  'lib/view',
  'lib/stances',
  'lib/territory',
  'lib/schemas',
  'lib/format',
  'lib/http',
];

const allowed: Record<string, string[]> = {
  'lib/schemas': ['lib/format'],
  'lib/format': [],
  'lib/view': ['lib/format', 'lib/schemas'],
  'lib/stances': ['lib/schemas', 'lib/format'],
  'lib/territory': ['lib/schemas', 'lib/format'],
  'lib/data': ['lib/schemas', 'lib/format'],
  'lib/http': ['lib/format'],
  'app/views': belowViews,
  'app/ui': ['app/views', 'lib/view', 'lib/stances', 'lib/territory', 'lib/schemas', 'lib/format'],
  // Routes compose: they may use what the views use, and the views and components themselves.
  app: ['app/ui', 'app/views', ...belowViews],
};

function upwardImports(file: string): string[] {
  const own = room(file);
  return importsOf(file)
    .filter((target) => source.has(target))
    .filter((target) => room(target) !== own && !allowed[own]?.includes(room(target)));
}

const isClient = (file: string) => /^\s*['"]use client['"]/.test(source.get(file) ?? '');

describe('the rooms of the code', () => {
  it('finds the files it checks', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)('%s imports only from rooms below its own', (file) => {
    expect(allowed[room(file)], `no rule for the room of ${file}`).toBeDefined();
    expect(upwardImports(file), `${file} (${room(file)}) imports upward`).toEqual([]);
  });

  it('catches an upward import and a circle between view and domain', () => {
    source.set(
      'lib/stances/probe.ts',
      "import { getDataset } from '@/lib/data';\nimport { x } from '../view/dashboard';",
    );
    source.set('lib/view/probe.ts', "import type { MatrixModel } from '../stances/matrix-model';");
    try {
      expect(upwardImports('lib/stances/probe.ts')).toEqual(['lib/data/index.ts', 'lib/view/dashboard.ts']);
      expect(upwardImports('lib/view/probe.ts')).toEqual(['lib/stances/matrix-model.ts']);
    } finally {
      source.delete('lib/stances/probe.ts');
      source.delete('lib/view/probe.ts');
    }
  });

  it('lib/view imports no domain code', () => {
    const domain = files
      .filter((f) => f.startsWith('lib/view/'))
      .flatMap((f) => importsOf(f).filter((t) => /^lib\/(stances|territory|data)\//.test(t)));
    expect(domain).toEqual([]);
  });

  it('no client component reaches the loaders, the file system or server-only code, even indirectly', () => {
    const reached = (start: string) => {
      const seen = new Set<string>();
      const stack = [start];
      while (stack.length > 0) {
        const file = stack.pop() ?? '';
        if (seen.has(file)) continue;
        seen.add(file);
        for (const target of importsOf(file))
          if (source.has(target)) stack.push(target);
          else seen.add(target);
      }
      return [...seen];
    };
    const leaks = files.filter(isClient).flatMap((client) =>
      reached(client)
        .filter(
          (f) =>
            f.startsWith('lib/data/') || f.startsWith('app/views/') || f === 'node:fs' || f === 'server-only',
        )
        .map((f) => `${client} → ${f}`),
    );
    expect(leaks).toEqual([]);
  });
});

/** Every id, date, name and number of the case the code must never spell out: it lives in data/. */
function caseTokens(dataDir: string): Set<string> {
  const json = (file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  const tokens = new Set<string>();
  const add = (...values: unknown[]) => {
    for (const v of values) if (typeof v === 'string' && v.length > 2) tokens.add(v);
  };
  const c = json('case.json');
  add(c.id, c.asOf, c.seedSource, c.territory?.region, c.territory?.holder, c.territory?.headline?.month);
  for (const d of c.territory?.denominators ?? []) {
    add(String(d.km2), d.km2.toLocaleString('en-US'), d.km2.toLocaleString('en-US').replaceAll(',', '_'));
  }
  if (c.territory?.daily) add(c.territory.daily.file.split('/').at(-1));
  for (const file of readdirSync(join(dataDir, 'sources')))
    for (const s of json(`sources/${file}`)) add(s.id);
  for (const p of json('parties.json')) {
    add(p.id, p.shortName);
    for (const s of p.speakers ?? []) add(s.id);
  }
  for (const i of json('issues.json')) add(i.id);
  for (const e of json('events.json')) add(e.id);
  if (c.territory) for (const s of json('territory/monthly-figures.json').series) add(s.id);
  return tokens;
}

describe('the case lives in data/, not in code', () => {
  const tokens = caseTokens(join(root, 'data'));

  it('knows the case’s words', () => {
    expect(tokens.size).toBeGreaterThan(100);
  });

  it('no file in app/, lib/, server/ or the proxy spells out an id, date, name or number of the case', () => {
    const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Also inside a compound id ("russia" in "russia-donbas-2025-11-27"): only letters and digits bound a word.
    const patterns = [...tokens].map((t) => ({
      t,
      re: new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(t)}(?![A-Za-z0-9])`),
    }));
    const found = [...source].flatMap(([file, text]) =>
      patterns.filter(({ re }) => re.test(text)).map(({ t }) => `${file}: ${t}`),
    );
    expect(found).toEqual([]);
  });
});
