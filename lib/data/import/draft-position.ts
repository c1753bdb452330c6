import type { Evidence, PositionEntry } from '../../schemas';
import { textLimits } from '../../schemas/common';

/** Begins every summary the import writes, so that no one mistakes the gatherer's reading for a coded summary. */
export const draftSummaryMarker = '[Draft: rewrite in your own words]';

/**
 * The draft a new report starts: `${party}-${issue}-${date}`, stance null, no rule or rationale, so data:check says
 * "stance not coded yet" until a person codes it. Basis is `reported` when the speaker is of another party.
 */
export function newDraft(
  id: string,
  at: { party: string; issue: string; date: string },
  evidence: Evidence,
  gathererSummary: string,
  reported: boolean,
): PositionEntry {
  return {
    id,
    party: at.party,
    issue: at.issue,
    date: at.date,
    stance: null,
    basis: reported ? 'reported' : 'stated',
    summary: draftSummary([gathererSummary]),
    evidence: [evidence],
  };
}

/** The same draft with one more report of its party, issue and date. */
export function withReport(
  draft: PositionEntry,
  evidence: Evidence,
  gathererSummary: string,
  reported: boolean,
): Pick<PositionEntry, 'basis' | 'summary' | 'evidence'> {
  const earlier = draft.summary.startsWith(draftSummaryMarker)
    ? draft.summary.slice(draftSummaryMarker.length).trim()
    : draft.summary;
  return {
    basis: reported ? 'reported' : draft.basis,
    summary: draftSummary([earlier, gathererSummary]),
    evidence: [...draft.evidence, evidence],
  };
}

/** The gatherer's readings, marked as a draft and cut to the summary's limit so only the stance is left to fail. */
function draftSummary(readings: string[]): string {
  const text = `${draftSummaryMarker} ${readings.map((r) => r.trim()).join(' / ')}`;
  const max = textLimits.summary.max;
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
