import { dataFiles } from './dataset';
import type { LoadedData } from './loaded-data';
import { closeId, unknownId } from './nearest';
import type { DataProblem } from './problems';
import { pathOf, type RecordList } from './record-list';

/** Ids are unique, and every reference from one record to another resolves, with the nearest id when it does not. */
export function findReferenceProblems(data: LoadedData): DataProblem[] {
  return [
    ...duplicateIds(data),
    ...danglingReferences(data),
    ...caseReferences(data),
    ...aliasReferences(data),
  ];
}

type Located = { id: string; file: string; path: string };

function duplicateIds(data: LoadedData): DataProblem[] {
  const located = <T extends { id: string }>(list: RecordList<T> | undefined): Located[] =>
    list?.records.map((r) => ({ id: r.id, file: list.file, path: pathOf(list, r, 'id') })) ?? [];
  const parties = data.parties;
  const speakers: Located[] =
    parties?.records.flatMap((party) =>
      party.speakers.map((s, j) => ({
        id: s.id,
        file: parties.file,
        path: pathOf(parties, party, 'speakers', j, 'id'),
      })),
    ) ?? [];
  return [
    ...duplicates(data.sources.flatMap(located), 'source'),
    ...duplicates(located(data.parties), 'party'),
    ...duplicates(speakers, 'speaker'),
    ...duplicates(located(data.issues), 'issue'),
    ...duplicates(located(data.positions), 'position'),
    ...duplicates(located(data.setAside), 'set-aside report'),
    ...duplicates(located(data.events), 'event'),
    ...duplicates(located(data.figures), 'figure'),
    ...duplicates(located(data.series), 'series'),
    ...duplicates(located(data.codebook), 'codebook rule'),
  ];
}

function duplicates(items: Located[], what: string): DataProblem[] {
  const first = new Map<string, Located>();
  const problems: DataProblem[] = [];
  for (const item of items) {
    const earlier = first.get(item.id);
    if (!earlier) {
      first.set(item.id, item);
      continue;
    }
    const where = earlier.file === item.file ? earlier.path : `${earlier.file} › ${earlier.path}`;
    problems.push({
      file: item.file,
      path: item.path,
      reason: `duplicate ${what} id "${item.id}" (first used at ${where})`,
    });
  }
  return problems;
}

function danglingReferences(data: LoadedData): DataProblem[] {
  const problems: DataProblem[] = [];
  const { known } = data;
  const check = <T>(
    list: RecordList<T>,
    record: T,
    path: PropertyKey[],
    what: string,
    id: string,
    ids: Set<string> | undefined,
  ) => {
    if (ids && !ids.has(id)) {
      problems.push({
        file: list.file,
        path: pathOf(list, record, ...path),
        reason: unknownId(what, id, ids),
      });
    }
  };
  const speakerIds = known.speakers && new Set(known.speakers.keys());
  const { parties, positions, setAside, events, series, figures } = data;
  parties?.records.forEach((party) => {
    party.memberOf.forEach((id, j) => {
      check(parties, party, ['memberOf', j], 'party', id, known.parties);
    });
  });
  positions?.records.forEach((position) => {
    check(positions, position, ['party'], 'party', position.party, known.parties);
    check(positions, position, ['issue'], 'issue', position.issue, known.issues);
    if (position.rule !== undefined)
      check(positions, position, ['rule'], 'codebook rule', position.rule, known.rules);
    position.evidence.forEach((evidence, j) => {
      check(positions, position, ['evidence', j, 'speaker'], 'speaker', evidence.speaker, speakerIds);
      check(positions, position, ['evidence', j, 'source'], 'source', evidence.source, known.sources);
    });
  });
  setAside?.records.forEach((report) => {
    check(setAside, report, ['party'], 'party', report.party, known.parties);
    check(setAside, report, ['issue'], 'issue', report.issue, known.issues);
    check(setAside, report, ['speaker'], 'speaker', report.speaker, speakerIds);
    check(setAside, report, ['source'], 'source', report.source, known.sources);
    check(setAside, report, ['rule'], 'codebook rule', report.rule, known.rules);
  });
  events?.records.forEach((event) => {
    event.parties.forEach((id, j) => {
      check(events, event, ['parties', j], 'party', id, known.parties);
    });
    event.sources.forEach((id, j) => {
      check(events, event, ['sources', j], 'source', id, known.sources);
    });
    if (event.endDate && event.endDate < event.date) {
      problems.push({
        file: events.file,
        path: pathOf(events, event, 'endDate'),
        reason: 'ends before it starts',
      });
    }
  });
  series?.records.forEach((s) => {
    check(series, s, ['definitionSource'], 'source', s.definitionSource, known.sources);
  });
  figures?.records.forEach((figure) => {
    check(figures, figure, ['source'], 'source', figure.source, known.sources);
    check(figures, figure, ['series'], 'series', figure.series, known.series);
  });
  return problems;
}

function caseReferences(data: LoadedData): DataProblem[] {
  const theCase = data.case;
  if (!theCase) return [];
  const file = data.fileName(dataFiles.case);
  const problems: DataProblem[] = [];
  const check = (ids: readonly string[], known: Set<string> | undefined, at: string, what: string) => {
    if (!known) return;
    ids.forEach((id, j) => {
      if (!known.has(id)) problems.push({ file, path: `${at}[${j}]`, reason: unknownId(what, id, known) });
    });
  };
  check(theCase.defaultParties ?? [], data.known.parties, 'defaultParties', 'party');
  theCase.presets.parties.forEach((preset, i) => {
    check(preset.members, data.known.parties, `presets.parties[${i}].members`, 'party');
  });
  theCase.presets.issues.forEach((preset, i) => {
    check(preset.members, data.known.issues, `presets.issues[${i}].members`, 'issue');
  });
  if (theCase.seedSource) check([theCase.seedSource], data.known.sources, 'seedSource', 'source');
  const territory = theCase.territory;
  if (territory) {
    check(territory.headline.sources, data.known.sources, 'territory.headline.sources', 'source');
    if (territory.daily) {
      check([territory.daily.source], data.known.sources, 'territory.daily.source', 'source');
      const denominators = new Set(territory.denominators.map((d) => d.id));
      check([territory.daily.denominator], denominators, 'territory.daily.denominator', 'denominator');
    }
  }
  return problems;
}

/**
 * An alias must lead to a known party or issue. A speaker alias may name an id that does not exist yet (the
 * import adds that speaker), but not one a letter away from an existing id: that is a typo that would add a
 * second record for the same person.
 */
function aliasReferences(data: LoadedData): DataProblem[] {
  const aliases = data.aliases;
  if (!aliases) return [];
  const file = data.fileName(dataFiles.aliases);
  const problems: DataProblem[] = [];
  const check = (
    section: string,
    name: string,
    field: string,
    id: string,
    what: string,
    known: Set<string> | undefined,
    mayBeNew = false,
  ) => {
    if (!known || known.has(id) || (mayBeNew && closeId(id, known) === undefined)) return;
    problems.push({
      file,
      path: `${section}[${JSON.stringify(name)}]${field}`,
      reason: unknownId(what, id, known),
    });
  };
  for (const [name, id] of Object.entries(aliases.parties))
    check('parties', name, '', id, 'party', data.known.parties);
  for (const [name, id] of Object.entries(aliases.issues))
    check('issues', name, '', id, 'issue', data.known.issues);
  const speakerIds = data.known.speakers ? new Set(data.known.speakers.keys()) : undefined;
  for (const [name, alias] of Object.entries(aliases.speakers)) {
    if (typeof alias === 'string') {
      check('speakers', name, '', alias, 'speaker', speakerIds, true);
    } else {
      check('speakers', name, '.id', alias.id, 'speaker', speakerIds, true);
      check('speakers', name, '.party', alias.party, 'party', data.known.parties);
    }
  }
  return problems;
}
