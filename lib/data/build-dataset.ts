import type { CodedPosition } from '../schemas';
import { findDatesAfterAsOf } from './check-as-of';
import { findMonthlyProblems } from './check-monthly';
import { findPositionProblems } from './check-positions';
import { findReferenceProblems } from './check-references';
import type { Dataset } from './dataset';
import { loadData } from './load-data';
import type { Parsed } from './parse-json';

/** The raw text of every file in the data folder, keyed by its path relative to that folder. */
export type DataFileTexts = Map<string, string>;

/**
 * Turns the data files' text into one Dataset, or every problem found in one pass. Pure, so tests can feed it
 * broken files without touching the disk; `label` is how file names are shown (e.g. "data/").
 */
export function buildDataset(texts: DataFileTexts, label = 'data/'): Parsed<Dataset> {
  const { data, problems, notices } = loadData(texts, label);
  problems.push(
    ...findReferenceProblems(data),
    ...findPositionProblems(data),
    ...findDatesAfterAsOf(data),
    ...findMonthlyProblems(data),
  );
  const { case: theCase, codebook, parties, issues, positions, events } = data;
  if (problems.length > 0 || !theCase || !codebook || !parties || !issues || !positions || !events) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: {
      case: theCase,
      codebook: codebook.records,
      sources: data.sources.flatMap((list) => list.records),
      parties: parties.records,
      issues: issues.records,
      // The checks have refused any position whose stance is not coded yet.
      positions: positions.records.filter((p): p is CodedPosition => p.stance !== null),
      setAside: data.setAside?.records ?? [],
      events: events.records,
      territory: {
        series: data.series?.records ?? [],
        figures: data.figures?.records ?? [],
        daily: data.daily,
      },
      notices,
    },
  };
}
