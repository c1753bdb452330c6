// Plain-text and markdown tables, and a description of the machine, for the bench and the load test.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export type Row = Record<string, string>;

/** A table with aligned columns, in plain text and in markdown. */
export function table(rows: Row[]): { text: string; markdown: string } {
  const first = rows[0];
  if (!first) return { text: '(no rows)', markdown: '' };
  const columns = Object.keys(first);
  const width = (c: string) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(width(columns[i] ?? ''))).join('  ');
  const text = [
    line(columns),
    line(columns.map((c) => '-'.repeat(width(c)))),
    ...rows.map((r) => line(columns.map((c) => r[c] ?? ''))),
  ].join('\n');
  const md = (cells: string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  const markdown = [
    md(columns),
    md(columns.map(() => '---')),
    ...rows.map((r) => md(columns.map((c) => r[c] ?? ''))),
  ].join('\n');
  return { text, markdown };
}

export const mib = (bytes: number, digits = 1) => `${(bytes / 1024 ** 2).toFixed(digits)} MiB`;
export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'n/a');
export const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
export const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** nproc, memory, CPU model, Node, the date and the git commit, for the record. */
export function machine(): string {
  const model =
    /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  const run = (command: string) => {
    try {
      return execSync(command, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'n/a';
    }
  };
  const dirty = run('git status --porcelain') === '' ? '' : ' (with uncommitted changes)';
  return [
    `date:   ${run('date')}`,
    `cpu:    ${run('nproc')} × ${model}`,
    `memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `node:   ${process.version}`,
    `commit: ${run('git rev-parse --short HEAD')}${dirty}`,
  ].join('\n');
}

/** What a section of the bench measured: a table, notes, and the goals it judged. */
export type SectionReport = {
  title: string;
  rows: Row[];
  notes: string[];
  goals: { goal: string; measured: string; ok: boolean }[];
};

/** A section's goals, and a function that records one and returns its mark for the table. */
export function goalList() {
  const goals: SectionReport['goals'] = [];
  const goal = (text: string, measured: string, ok: boolean) => {
    goals.push({ goal: text, measured, ok });
    return mark(ok);
  };
  return { goals, goal };
}
