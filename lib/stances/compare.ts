import type { Stance } from '../schemas/position';
import { stanceScore } from './scale';

export const agreementLevels = ['agree', 'partly', 'diverge', 'unknown'] as const;
export type AgreementLevel = (typeof agreementLevels)[number];

/** The widest possible gap on the scale, from strongly opposes (−2) to strongly supports (+2). */
export const maxDistance = 4;

export type IssueComparison = {
  level: AgreementLevel;
  /** Largest gap between any two parties with a stated position, in scale steps; null when fewer than two. */
  distance: number | null;
  known: number;
  total: number;
};

/**
 * How far apart the chosen parties are on one issue, among those with a stated position (undefined = none):
 * agree when all hold the same stance, partly when they are one step apart, diverge at two steps or more,
 * unknown when fewer than two parties have stated a position.
 */
export function compareIssue(stances: readonly (Stance | undefined)[]): IssueComparison {
  const scores = stances.flatMap((s) => (s === undefined ? [] : [stanceScore[s]]));
  const total = stances.length;
  if (scores.length < 2) return { level: 'unknown', distance: null, known: scores.length, total };
  const distance = Math.max(...scores) - Math.min(...scores);
  const level: AgreementLevel = distance === 0 ? 'agree' : distance === 1 ? 'partly' : 'diverge';
  return { level, distance, known: scores.length, total };
}

const levelLabel: Record<AgreementLevel, string> = {
  agree: 'Agree',
  partly: 'Partly agree',
  diverge: 'Diverge',
  unknown: 'Cannot compare',
};

/**
 * Words for a comparison that never claim more than is known: "Agree — 2 of 3 known" when a party's stance is
 * missing, and the gap in scale steps.
 */
export function describeComparison(c: IssueComparison): { label: string; detail: string } {
  const known = `${c.known} of ${c.total} known`;
  const label =
    c.level !== 'unknown' && c.known < c.total ? `${levelLabel[c.level]} — ${known}` : levelLabel[c.level];
  const detail =
    c.distance === null
      ? `${known}: fewer than two parties have a stated position`
      : `${c.distance} of ${maxDistance} steps apart; ${known}`;
  return { label, detail };
}

export type PairAgreement = {
  /** 0–100: 100 when the two hold the same stance on every shared issue, 0 when at opposite ends on all. */
  score: number | null;
  /** How many issues both parties have a stated position on: the score rests on these alone. */
  sharedIssues: number;
};

/** Agreement of two parties over a set of issues, each a pair of stances (undefined = no stated position). */
export function pairAgreement(pairs: readonly [Stance | undefined, Stance | undefined][]): PairAgreement {
  const distances = pairs.flatMap(([a, b]) =>
    a === undefined || b === undefined ? [] : [Math.abs(stanceScore[a] - stanceScore[b])],
  );
  if (distances.length === 0) return { score: null, sharedIssues: 0 };
  const mean = distances.reduce((sum, d) => sum + d, 0) / distances.length;
  return { score: Math.round((1 - mean / maxDistance) * 100), sharedIssues: distances.length };
}

/**
 * How divergent an issue is, as one number that sorts highest first: by distance, then by how many parties are
 * known (more evidence first); issues that cannot be compared rank lowest.
 */
export function divergenceRank(c: IssueComparison | undefined): number {
  if (!c) return -1;
  return (c.distance ?? -1) * 1000 + c.known;
}
