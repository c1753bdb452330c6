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
 * Issue ids ordered from most to least divergent among the shown parties: by distance, then by how many parties
 * are known (more evidence first); issues that cannot be compared go last. Ties keep the given order.
 */
export function sortByDivergence(
  issueIds: readonly string[],
  comparisons: ReadonlyMap<string, IssueComparison>,
): string[] {
  const rank = (id: string) => {
    const c = comparisons.get(id);
    return { distance: c?.distance ?? -1, known: c?.known ?? 0 };
  };
  return [...issueIds].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return rb.distance - ra.distance || rb.known - ra.known;
  });
}
