import { draftSummaryMarker } from './import/draft-position';
import type { LoadedData } from './loaded-data';
import type { DataProblem } from './problems';
import { pathOf } from './record-list';

/**
 * What a position must be before a reader sees it: coded, dated by its latest evidence, and spoken for by its own
 * party unless it is marked as known through others' reports.
 */
export function findPositionProblems(data: LoadedData): DataProblem[] {
  const positions = data.positions;
  if (!positions) return [];
  const problems: DataProblem[] = [];
  const speakerParty = data.known.speakers;
  const problem = (position: (typeof positions.records)[number], path: PropertyKey[], reason: string) =>
    problems.push({ file: positions.file, path: pathOf(positions, position, ...path), reason });

  for (const position of positions.records) {
    if (position.stance === null) {
      problem(position, ['stance'], `position ${position.id}: stance not coded yet`);
    } else if (position.summary.startsWith(draftSummaryMarker)) {
      problem(position, ['summary'], "is still the import's draft; write the summary in your own words");
    }
    const [latest = ''] = position.evidence
      .map((e) => e.date)
      .sort()
      .reverse();
    position.evidence.forEach((evidence, j) => {
      if (evidence.date > position.date) {
        problem(
          position,
          ['evidence', j, 'date'],
          `evidence dated ${evidence.date} is later than its position's date ${position.date}`,
        );
      }
      const party = speakerParty?.get(evidence.speaker);
      const partyKnown = data.known.parties?.has(position.party) ?? false;
      if (party !== undefined && partyKnown && party !== position.party && position.basis !== 'reported') {
        problem(
          position,
          ['evidence', j, 'speaker'],
          `${evidence.speaker} speaks for ${party}, not ${position.party}; a position known only from another party's words has basis "reported"`,
        );
      }
    });
    if (position.evidence.length > 0 && position.evidence.every((e) => e.quoteKind === 'context')) {
      problem(
        position,
        ['evidence'],
        "has only context, which is nobody's statement; a position needs a quote or paraphrase of what was said",
      );
    }
    if (latest !== '' && position.date > latest) {
      problem(
        position,
        ['date'],
        `${position.date} is later than all of its evidence (latest ${latest}); a position is dated by its latest evidence`,
      );
    }
  }
  return problems;
}
