import type {
  Case,
  CodebookRule,
  Issue,
  MonthlyFigure,
  MonthlySeries,
  NegotiationEvent,
  Party,
  PositionEntry,
  Source,
} from '../schemas';
import { dataFiles } from './dataset';
import type { DataProblem } from './problems';

type CrossCheckInput = {
  case: Case;
  codebook: CodebookRule[];
  sourcesByFile: { file: string; sources: Source[] }[];
  parties: Party[];
  issues: Issue[];
  positions: PositionEntry[];
  events: NegotiationEvent[];
  monthly: { series: MonthlySeries[]; figures: MonthlyFigure[] };
};

type Located = { id: string; file: string; path: string };

function duplicateProblems(items: Located[], what: string): DataProblem[] {
  const first = new Map<string, Located>();
  const problems: DataProblem[] = [];
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier) {
      const where = earlier.file === item.file ? earlier.path : `${earlier.file} › ${earlier.path}`;
      problems.push({
        file: item.file,
        path: item.path,
        reason: `duplicate ${what} id "${item.id}" (first used at ${where})`,
      });
    } else {
      first.set(item.id, item);
    }
  }
  return problems;
}

/** Checks what a schema cannot: ids are unique, and every reference between files resolves. */
export function findReferenceProblems(
  input: CrossCheckInput,
  fileName: (path: string) => string,
): DataProblem[] {
  const partiesFile = fileName(dataFiles.parties);
  const positionsFile = fileName(dataFiles.positions);
  const eventsFile = fileName(dataFiles.events);
  const monthlyFile = fileName(dataFiles.monthly);

  const problems: DataProblem[] = [
    ...duplicateProblems(
      input.sourcesByFile.flatMap(({ file, sources }) =>
        sources.map((s, i) => ({ id: s.id, file, path: `[${i}].id` })),
      ),
      'source',
    ),
    ...duplicateProblems(
      input.parties.map((p, i) => ({ id: p.id, file: partiesFile, path: `[${i}].id` })),
      'party',
    ),
    ...duplicateProblems(
      input.parties.flatMap((p, i) =>
        p.speakers.map((s, j) => ({ id: s.id, file: partiesFile, path: `[${i}].speakers[${j}].id` })),
      ),
      'speaker',
    ),
    ...duplicateProblems(
      input.issues.map((x, i) => ({ id: x.id, file: fileName(dataFiles.issues), path: `[${i}].id` })),
      'issue',
    ),
    ...duplicateProblems(
      input.positions.map((x, i) => ({ id: x.id, file: positionsFile, path: `[${i}].id` })),
      'position',
    ),
    ...duplicateProblems(
      input.events.map((x, i) => ({ id: x.id, file: eventsFile, path: `[${i}].id` })),
      'event',
    ),
    ...duplicateProblems(
      input.monthly.figures.map((x, i) => ({ id: x.id, file: monthlyFile, path: `figures[${i}].id` })),
      'figure',
    ),
    ...duplicateProblems(
      input.monthly.series.map((x, i) => ({ id: x.id, file: monthlyFile, path: `series[${i}].id` })),
      'series',
    ),
  ];

  const sourceIds = new Set(input.sourcesByFile.flatMap(({ sources }) => sources.map((s) => s.id)));
  const partyIds = new Set(input.parties.map((p) => p.id));
  const speakerIds = new Set(input.parties.flatMap((p) => p.speakers.map((s) => s.id)));
  const issueIds = new Set(input.issues.map((x) => x.id));
  const seriesById = new Map(input.monthly.series.map((s) => [s.id, s]));
  const ruleIds = new Set(input.codebook.map((r) => r.id));

  const expect = (ok: boolean, file: string, path: string, reason: string) => {
    if (!ok) problems.push({ file, path, reason });
  };
  const unknown = (what: string, id: string) => `unknown ${what} "${id}"`;

  input.parties.forEach((party, i) => {
    party.memberOf.forEach((id, j) => {
      expect(partyIds.has(id), partiesFile, `[${i}].memberOf[${j}]`, unknown('party', id));
    });
  });
  input.positions.forEach((position, i) => {
    expect(
      position.stance !== null,
      positionsFile,
      `[${i}].stance`,
      `position ${position.id}: stance not coded yet`,
    );
    if (position.rule !== undefined)
      expect(
        ruleIds.has(position.rule),
        positionsFile,
        `[${i}].rule`,
        unknown('codebook rule', position.rule),
      );
    expect(partyIds.has(position.party), positionsFile, `[${i}].party`, unknown('party', position.party));
    expect(issueIds.has(position.issue), positionsFile, `[${i}].issue`, unknown('issue', position.issue));
    position.evidence.forEach((evidence, j) => {
      const at = `[${i}].evidence[${j}]`;
      expect(
        speakerIds.has(evidence.speaker),
        positionsFile,
        `${at}.speaker`,
        unknown('speaker', evidence.speaker),
      );
      expect(
        sourceIds.has(evidence.source),
        positionsFile,
        `${at}.source`,
        unknown('source', evidence.source),
      );
      expect(
        evidence.date <= position.date,
        positionsFile,
        `${at}.date`,
        `evidence dated ${evidence.date} is later than its position's date ${position.date}`,
      );
    });
  });
  input.events.forEach((event, i) => {
    event.parties.forEach((id, j) => {
      expect(partyIds.has(id), eventsFile, `[${i}].parties[${j}]`, unknown('party', id));
    });
    event.sources.forEach((id, j) => {
      expect(sourceIds.has(id), eventsFile, `[${i}].sources[${j}]`, unknown('source', id));
    });
    if (event.endDate) {
      expect(event.endDate >= event.date, eventsFile, `[${i}].endDate`, 'ends before it starts');
    }
  });
  input.monthly.series.forEach((series, i) => {
    const id = series.definitionSource;
    expect(sourceIds.has(id), monthlyFile, `series[${i}].definitionSource`, unknown('source', id));
  });
  input.monthly.figures.forEach((figure, i) => {
    expect(
      sourceIds.has(figure.source),
      monthlyFile,
      `figures[${i}].source`,
      unknown('source', figure.source),
    );
    const series = seriesById.get(figure.series);
    expect(series !== undefined, monthlyFile, `figures[${i}].series`, unknown('series', figure.series));
    if (series?.measure === 'gross')
      expect(figure.gainKm2 >= 0, monthlyFile, `figures[${i}].gainKm2`, 'an area cannot be negative');
  });
  const caseFile = fileName(dataFiles.case);
  const checkIds = (ids: readonly string[], known: Set<string>, at: string, what: string) => {
    ids.forEach((id, j) => {
      expect(known.has(id), caseFile, `${at}[${j}]`, unknown(what, id));
    });
  };
  checkIds(input.case.defaultParties ?? [], partyIds, 'defaultParties', 'party');
  input.case.presets.parties.forEach((preset, i) => {
    checkIds(preset.members, partyIds, `presets.parties[${i}].members`, 'party');
  });
  input.case.presets.issues.forEach((preset, i) => {
    checkIds(preset.members, issueIds, `presets.issues[${i}].members`, 'issue');
  });
  if (input.case.seedSource) checkIds([input.case.seedSource], sourceIds, 'seedSource', 'source');
  const territory = input.case.territory;
  if (territory) {
    checkIds(territory.headline.sources, sourceIds, 'territory.headline.sources', 'source');
    const denominatorIds = new Set(territory.denominators.map((d) => d.id));
    if (territory.daily) {
      checkIds([territory.daily.source], sourceIds, 'territory.daily.source', 'source');
      checkIds([territory.daily.denominator], denominatorIds, 'territory.daily.denominator', 'denominator');
    }
  }
  return problems;
}
