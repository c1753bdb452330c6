import type {
  Aliases,
  Case,
  CodebookRule,
  Issue,
  MonthlyFigure,
  MonthlySeries,
  NegotiationEvent,
  Party,
  PositionEntry,
  SetAside,
  Source,
} from '../schemas';
import type { DailySeries } from './parse-daily-csv';
import type { RecordList } from './record-list';

/**
 * What could be read of data/, file by file. A file that is missing or not JSON is undefined, and the checks
 * that need it are skipped; every other check still runs, so one pass finds every problem it can.
 */
export type LoadedData = {
  /** How a file is named in a problem: "data/positions.json". */
  fileName: (path: string) => string;
  case: Case | undefined;
  codebook: RecordList<CodebookRule> | undefined;
  sources: RecordList<Source>[];
  parties: RecordList<Party> | undefined;
  issues: RecordList<Issue> | undefined;
  positions: RecordList<PositionEntry> | undefined;
  /** Undefined when there is no set-aside.json: nothing was set aside. */
  setAside: RecordList<SetAside> | undefined;
  events: RecordList<NegotiationEvent> | undefined;
  series: RecordList<MonthlySeries> | undefined;
  figures: RecordList<MonthlyFigure> | undefined;
  aliases: Aliases | undefined;
  daily: DailySeries | undefined;
  known: KnownIds;
};

/**
 * The ids each file declares, valid records or not, so that one broken record does not make every reference to
 * it "unknown" as well. Undefined when the file could not be read at all: references to it are then not checked.
 */
export type KnownIds = {
  parties: Set<string> | undefined;
  issues: Set<string> | undefined;
  sources: Set<string> | undefined;
  rules: Set<string> | undefined;
  series: Set<string> | undefined;
  /** Each speaker's party. */
  speakers: Map<string, string> | undefined;
};
